# errfix-repro: expects=pytorch/gradscaler-fp16-gradients
# errfix-repro: requires=torch
"""GradScaler with a model converted by .half(): the gradients themselves are fp16."""

import torch

model = torch.nn.Linear(4, 2).half()  # instead of keeping fp32 weights and using autocast
opt = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler("cpu")
scaler.scale(model(torch.ones(1, 4).half()).float().sum()).backward()
scaler.unscale_(opt)
