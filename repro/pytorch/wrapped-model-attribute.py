# errfix-repro: expects=pytorch/wrapped-model-attribute
# errfix-repro: requires=torch
"""A custom method called on a DataParallel/DDP wrapper instead of the wrapped model (.module)."""

import torch


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(x)

    def generate(self, x):
        return self(x).argmax(-1)


model = torch.nn.DataParallel(Net())
model.module.generate(torch.ones(1, 4))  # the wrapped model has it
model.generate(torch.ones(1, 4))
