# errfix-repro: expects=pytorch/leaf-variable-inplace
# errfix-repro: requires=torch
"""A hand-written SGD step outside torch.no_grad()."""
import torch

w = torch.randn(3, requires_grad=True)
loss = (w * 2).sum()
loss.backward()
with torch.no_grad():
    w -= 0.1 * w.grad  # the workaround: update under no_grad
torch.nn.init.zeros_(w)  # nn.init handles no_grad itself
w -= 0.1 * w.grad
