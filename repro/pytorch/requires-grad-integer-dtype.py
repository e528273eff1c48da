# errfix-repro: expects=pytorch/requires-grad-integer-dtype
# errfix-repro: requires=torch
"""requires_grad=True on an integer tensor (token ids, labels, torch.tensor([1, 2]))."""

import torch

ok = torch.tensor([1.0, 2.0], requires_grad=True)  # float: works
torch.tensor([1, 2], requires_grad=True)
