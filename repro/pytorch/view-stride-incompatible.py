# errfix-repro: expects=pytorch/view-stride-incompatible
# errfix-repro: requires=torch
"""Flattening a transposed tensor with .view()."""
import torch

x = torch.randn(4, 6).t()
flat = x.view(24)
