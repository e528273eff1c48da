# errfix-repro: expects=pytorch/grad-implicit-scalar-outputs
# errfix-repro: requires=torch
"""Backward on a per-sample loss (reduction='none')."""
import torch
from torch import nn

model = nn.Linear(3, 1)
loss = nn.MSELoss(reduction="none")(model(torch.randn(4, 3)), torch.zeros(4, 1))
loss.mean().backward(retain_graph=True)  # the workaround: reduce first
loss.backward()
