# errfix-repro: expects=pytorch/batchnorm-single-value-per-channel
# errfix-repro: requires=torch
"""One sample through BatchNorm in training mode (a last batch of size 1)."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8))
model.train()
model(torch.randn(1, 4))
