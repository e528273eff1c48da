# errfix-repro: expects=pytorch/inplace-modified-for-gradient
# errfix-repro: requires=torch
"""Scaling a sigmoid output in place after autograd saved it."""
import torch

x = torch.randn(3, requires_grad=True)
y = torch.sigmoid(x)
y.mul_(2)
y.sum().backward()
