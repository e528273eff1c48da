# errfix-repro: expects=pytorch/state-dict-missing-unexpected-keys
# errfix-repro: requires=torch
"""Loading a checkpoint whose head layer has a different name."""
import torch
from torch import nn


class Old(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 4)
        self.classifier = nn.Linear(4, 2)


class New(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Linear(4, 4)
        self.head = nn.Linear(4, 2)


New().load_state_dict(Old().state_dict())
