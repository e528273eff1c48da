# errfix-repro: expects=pytorch/assign-tensor-as-parameter
# errfix-repro: requires=torch
"""Replacing a layer's weight with a plain tensor instead of an nn.Parameter."""

import torch

layer = torch.nn.Linear(2, 2)
layer.weight = torch.nn.Parameter(torch.zeros(2, 2))  # works
layer.weight = torch.zeros(2, 2)
