# errfix-repro: expects=pytorch/bool-tensor-subtract
# errfix-repro: requires=torch
"""`1 - mask` / `mask - mask` on bool tensors."""

import torch

mask = torch.tensor([True, False, True])
inverted = ~mask  # works
mask - mask
