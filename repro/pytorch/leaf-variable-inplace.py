# errfix-repro: expects=pytorch/leaf-variable-inplace
# errfix-repro: requires=torch
"""A hand-written SGD step outside torch.no_grad()."""
import torch

w = torch.randn(3, requires_grad=True)
loss = (w * 2).sum()
loss.backward()
w -= 0.1 * w.grad
