# errfix-repro: expects=pytorch/module-init-not-called
# errfix-repro: requires=torch
"""An nn.Module subclass that assigns layers before calling super().__init__()."""

import torch


class Net(torch.nn.Module):
    def __init__(self):
        self.fc = torch.nn.Linear(4, 2)
        super().__init__()


Net()
