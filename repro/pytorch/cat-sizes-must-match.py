# errfix-repro: expects=pytorch/cat-sizes-must-match
# errfix-repro: requires=torch
"""torch.cat of tensors that differ in a dimension other than the one concatenated."""

import torch

a = torch.zeros(2, 3)
b = torch.zeros(3, 3)
torch.cat([a, b], dim=0)  # along the differing dim: works
torch.cat([a, b], dim=1)
