# A DataParallel checkpoint: before = loaded into the wrapped model as at save time, after = the
# plain model. The result is the plain model's parameters and buffers (BatchNorm statistics too).
import os

import torch
from torch import nn

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"


def build():
    return nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
trained = nn.DataParallel(build())
for _ in range(3):
    trained(torch.randn(16, 4))
checkpoint = trained.state_dict()

model = build()
if BEFORE:
    nn.DataParallel(model).load_state_dict(checkpoint)
else:
    model.load_state_dict(checkpoint)  # fails here
result = model.state_dict()
