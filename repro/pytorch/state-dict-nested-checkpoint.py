# errfix-repro: expects=pytorch/state-dict-nested-checkpoint
# errfix-repro: requires=torch
"""A full training checkpoint passed straight to load_state_dict."""
import os
import tempfile

import torch
from torch import nn

model = nn.Linear(4, 2)
path = os.path.join(tempfile.mkdtemp(), "checkpoint.pt")
torch.save({"epoch": 3, "state_dict": model.state_dict(), "optimizer": {}}, path)
nn.Linear(4, 2).load_state_dict(torch.load(path)["state_dict"])  # the workaround, strict=True
nn.Linear(4, 2).load_state_dict(torch.load(path))
