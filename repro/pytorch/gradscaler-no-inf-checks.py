# errfix-repro: expects=pytorch/gradscaler-no-inf-checks
# errfix-repro: requires=torch
"""scaler.step(optimizer) when no parameter of that optimizer got a gradient."""

import torch

model = torch.nn.Linear(4, 2)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
loss = model(torch.ones(1, 4)).sum()
scaler.scale(loss.detach())  # backward never reached the model's parameters
scaler.step(opt)
