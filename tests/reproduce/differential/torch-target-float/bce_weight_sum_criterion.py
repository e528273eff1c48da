# nn.BCELoss(weight=..., reduction="sum") held in a variable, 2-D multi-label targets.
import os

import torch
from torch import nn

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"
torch.manual_seed(1)
probs = torch.rand(3, 4) * 0.98 + 0.01
labels = torch.randint(0, 2, (3, 4))
labels = labels.float() if BEFORE else labels
criterion = nn.BCELoss(weight=torch.tensor([1.0, 2.0, 0.5, 1.0]), reduction="sum")
loss = criterion(probs, labels)  # fails here
result = loss
