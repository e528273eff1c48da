# errfix-repro: expects=pytorch/backward-gradient-shape-mismatch
# errfix-repro: requires=torch
"""backward(gradient=...) with a gradient whose shape is not the output's."""

import torch

x = torch.ones(3, requires_grad=True)
out = x * 2
out.backward(torch.ones_like(out), retain_graph=True)  # same shape: works
out.backward(torch.ones(4))
