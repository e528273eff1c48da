# errfix-repro: expects=pytorch/load-state-dict-unbound
# errfix-repro: requires=torch
"""load_state_dict called on the model class instead of an instance."""

import torch


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = torch.nn.Linear(4, 2)


state = Net().state_dict()
Net().load_state_dict(state)  # on an instance: works
Net.load_state_dict(state)
