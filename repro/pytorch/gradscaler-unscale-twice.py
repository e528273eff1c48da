# errfix-repro: expects=pytorch/gradscaler-unscale-twice
# errfix-repro: requires=torch
"""scaler.unscale_(optimizer) called twice before scaler.update()."""

import torch

model = torch.nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
scaler.scale(model(torch.ones(1, 4)).sum()).backward()
scaler.unscale_(opt)
torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
scaler.unscale_(opt)  # e.g. a second clipping helper that unscales again
