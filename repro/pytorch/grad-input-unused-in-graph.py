# errfix-repro: expects=pytorch/grad-input-unused-in-graph
# errfix-repro: requires=torch
"""torch.autograd.grad asked for the gradient of an input the output does not depend on."""

import torch

a = torch.ones(2, requires_grad=True)
b = torch.ones(2, requires_grad=True)
out = (a * 2).sum()
print(torch.autograd.grad(out, [a, b], allow_unused=True, retain_graph=True))  # (grad, None)
torch.autograd.grad(out, [a, b])
