# errfix-repro: expects=pytorch/hook-on-tensor-without-grad
# errfix-repro: requires=torch
"""register_hook on a tensor outside the graph (no_grad, detached, frozen layer output)."""

import torch

x = torch.ones(2, requires_grad=True)
(x * 2).register_hook(lambda g: g)  # inside the graph: works
with torch.no_grad():
    y = x * 2
y.register_hook(lambda g: g)
