# errfix-repro: expects=pytorch/tensor-item-multiple-elements
# errfix-repro: requires=torch
"""Logging a per-sample loss with .item()."""
import torch
from torch import nn

loss = nn.MSELoss(reduction="none")(torch.randn(2), torch.zeros(2))
print(f"mean loss={loss.mean().item():.4f}")  # the workaround: reduce first
print(f"loss={loss.item():.4f}")
