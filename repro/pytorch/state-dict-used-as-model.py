# errfix-repro: expects=pytorch/state-dict-used-as-model
# errfix-repro: requires=torch
"""torch.load of a file that holds model.state_dict(), then used as if it were the model."""

import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "model.pth")
torch.save(torch.nn.Linear(4, 2).state_dict(), path)
model = torch.nn.Linear(4, 2)
model.load_state_dict(torch.load(path))
model.eval()  # build the model, then load the weights into it: works
loaded = torch.load(path)
loaded.eval()
