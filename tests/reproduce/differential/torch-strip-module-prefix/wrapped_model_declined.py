import torch
from torch import nn

model = nn.DataParallel(nn.Linear(2, 2))
model.load_state_dict({"weight": torch.ones(2, 2), "bias": torch.zeros(2)})  # fails here
result = model.state_dict()
