# errfix-repro: expects=pytorch/view-stride-incompatible
# errfix-repro: requires=torch
"""Flattening a transposed tensor with .view()."""
import torch

x = torch.randn(4, 6).t()
assert x.reshape(24).shape == (24,)  # the workaround: reshape
assert x.contiguous().view(24).shape == (24,)  # or make it contiguous first
flat = x.view(24)
