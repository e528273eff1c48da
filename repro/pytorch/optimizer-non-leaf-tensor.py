# errfix-repro: expects=pytorch/optimizer-non-leaf-tensor
# errfix-repro: requires=torch
"""A parameter made as torch.randn(..., requires_grad=True).to(device), a non-leaf, given to the optimizer."""

import torch

leaf = torch.randn(3, requires_grad=True)
torch.optim.SGD([leaf], lr=0.1)  # works
moved = torch.randn(3, requires_grad=True) * 1.0  # like .to(device)/.cuda() after requires_grad
torch.optim.SGD([moved], lr=0.1)
