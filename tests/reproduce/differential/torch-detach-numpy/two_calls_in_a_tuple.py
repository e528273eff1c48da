# Several .numpy() calls in the failing statement: all get .detach(), one of them needs no grad.
import os

import torch

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"
x = torch.arange(6.0).reshape(2, 3).requires_grad_(not BEFORE)
y = torch.ones(3)
result = list((x.numpy(), (y * 2).numpy()))  # fails here
