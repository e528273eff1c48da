# Per-pixel NLLLoss on (N, C, H, W) log-probabilities with (N, H, W) labels.
import os

import torch
from torch import nn

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"
torch.manual_seed(2)
logp = torch.log_softmax(torch.randn(2, 3, 4, 4), dim=1)
labels = torch.randint(0, 3, (2, 4, 4))
labels = labels if BEFORE else labels.float()
loss = nn.NLLLoss(reduction="sum")(logp, labels)  # fails here
result = loss
