# before: int64 labels (what CrossEntropyLoss takes); after: the same labels as floats + the fix.
import os

import torch
from torch import nn

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"
torch.manual_seed(0)
logits = torch.randn(6, 4, requires_grad=True)
labels = torch.tensor([0, 3, 1, 2, 2, 0], dtype=torch.long if BEFORE else torch.float32)
criterion = nn.CrossEntropyLoss()
loss = criterion(logits, labels)  # fails here
loss.backward()
result = [loss, logits.grad]
