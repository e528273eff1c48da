# A whole pickled module (weights_only=False on purpose, a trusted file), parameters on "cuda:0".
import os
import tempfile

import torch
import torch.serialization as ser
from torch import nn

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"


def tag_as_cuda(storage):
    return "cuda:0"


torch.manual_seed(1)
path = os.path.join(tempfile.mkdtemp(), "model.pt")
if not BEFORE:
    ser.register_package(1, tag_as_cuda, lambda obj, location: None)
torch.save(nn.Sequential(nn.Linear(3, 2), nn.Tanh()), path)
ser._package_registry[:] = [p for p in ser._package_registry if p[1] is not tag_as_cuda]
model = torch.load(path, weights_only=False)  # fails here
result = [model.state_dict(), model(torch.ones(1, 3))]
