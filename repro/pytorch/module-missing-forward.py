# errfix-repro: expects=pytorch/module-missing-forward
# errfix-repro: requires=torch
"""An nn.Module whose forward method is misspelled or mis-indented."""

import torch


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 2)

    def foward(self, x):  # typo
        return self.fc(x)


Net()(torch.ones(1, 4))
