# errfix-repro: expects=pytorch/load-state-dict-not-dict
# errfix-repro: requires=torch
"""load_state_dict() given the checkpoint path instead of torch.load(path)."""

import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "model.pt")
model = torch.nn.Linear(4, 2)
torch.save(model.state_dict(), path)
model.load_state_dict(torch.load(path))  # load the file first: works
model.load_state_dict(path)
