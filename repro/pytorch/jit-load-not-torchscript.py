# errfix-repro: expects=pytorch/jit-load-not-torchscript
# errfix-repro: requires=torch
"""torch.jit.load() on a torch.save() checkpoint (a state_dict, not a TorchScript archive)."""

import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "model.pt")
model = torch.nn.Linear(4, 2)
torch.save(model.state_dict(), path)
model.load_state_dict(torch.load(path))  # the right loader for this file works
torch.jit.load(path)
