# A state dict saved from GPU tensors (after) or from CPU tensors (before), loaded as users do.
import os
import tempfile

import torch
import torch.serialization as ser

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"


def tag_as_cuda(storage):
    return "cuda:0"


torch.manual_seed(0)
saved = {"fc.weight": torch.randn(3, 4), "fc.bias": torch.zeros(3, dtype=torch.float64), "step": 7}
path = os.path.join(tempfile.mkdtemp(), "model.pt")
if not BEFORE:
    ser.register_package(1, tag_as_cuda, lambda obj, location: None)
torch.save(saved, path)
ser._package_registry[:] = [p for p in ser._package_registry if p[1] is not tag_as_cuda]

state = torch.load(path)  # fails here
result = state
