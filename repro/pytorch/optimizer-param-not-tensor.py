# errfix-repro: expects=pytorch/optimizer-param-not-tensor
# errfix-repro: requires=torch
"""Modules (or nested lists) passed to the optimizer instead of their parameters."""

import torch

encoder = torch.nn.Linear(4, 4)
head = torch.nn.Linear(4, 2)
torch.optim.Adam(list(encoder.parameters()) + list(head.parameters()))  # works
torch.optim.Adam([encoder, head])
