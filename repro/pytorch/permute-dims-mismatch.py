# errfix-repro: expects=pytorch/permute-dims-mismatch
# errfix-repro: requires=torch
"""permute() given more (or fewer) dims than the tensor has."""

import torch

image = torch.zeros(32, 32, 3)  # HWC, no batch dim
image.permute(2, 0, 1)  # works
image.permute(0, 3, 1, 2)
