# errfix-repro: expects=pytorch/optimizer-empty-parameter-list
# errfix-repro: requires=torch
"""Layers kept in a plain Python list are invisible to model.parameters()."""
import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4), nn.Linear(4, 1)]

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


class FixedMLP(MLP):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList(self.layers)  # the workaround


torch.optim.Adam(FixedMLP().parameters(), lr=1e-3)

torch.optim.Adam(MLP().parameters(), lr=1e-3)
