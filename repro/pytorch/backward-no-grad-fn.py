# errfix-repro: expects=pytorch/backward-no-grad-fn
# errfix-repro: requires=torch
"""The training forward pass accidentally left inside torch.no_grad()."""
import torch
from torch import nn

model = nn.Linear(3, 1)
with torch.no_grad():
    loss = model(torch.randn(4, 3)).pow(2).mean()
loss.backward()
