# Class weights, ignore_index and reduction="none", via F.cross_entropy with target=.
import os

import torch
import torch.nn.functional as F

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"
torch.manual_seed(1)
logits = torch.randn(5, 3)
labels = torch.tensor([2.0, -100.0, 1.0, 0.0, 2.0]).to(torch.long if BEFORE else torch.float64)
weight = torch.tensor([0.2, 0.3, 0.5])
loss = F.cross_entropy(logits, target=labels, weight=weight, ignore_index=-100, reduction="none")  # fails here
result = loss
