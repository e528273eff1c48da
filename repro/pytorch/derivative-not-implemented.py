# errfix-repro: expects=pytorch/derivative-not-implemented
# errfix-repro: requires=torch
"""Backpropagating through an op with no derivative for that input."""

import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
q = torch.tensor([1.0, 1.0])
torch.special.zeta(x, q).sum().backward()
