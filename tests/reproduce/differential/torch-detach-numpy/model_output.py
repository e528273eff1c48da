# before: the same forward pass without a graph (what .numpy() accepted); after: with grad.
import os

import torch
from torch import nn

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"
torch.manual_seed(0)
model = nn.Linear(3, 2)
with torch.set_grad_enabled(not BEFORE):
    preds = model(torch.randn(4, 3))
result = preds.numpy()  # fails here
