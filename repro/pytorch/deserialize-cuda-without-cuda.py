# errfix-repro: expects=pytorch/deserialize-cuda-without-cuda
# errfix-repro: requires=torch
"""Load, on a machine without CUDA, a checkpoint whose storages are recorded on cuda:0.

A GPU run records 'cuda:0' as each storage's location. This machine has no GPU, so the
same record is written through torch's own location-tagger hook (register_package), which is
exactly where torch.save takes the location from; torch.load is then called as users do.
"""
import os
import tempfile

import torch
import torch.serialization as ser


def tag_as_cuda(storage):
    return "cuda:0"


def never_restore(obj, location):
    return None


path = os.path.join(tempfile.mkdtemp(), "model.pt")
ser.register_package(1, tag_as_cuda, never_restore)
torch.save({"fc.weight": torch.ones(2, 3)}, path)
ser._package_registry[:] = [p for p in ser._package_registry if p[1] is not tag_as_cuda]
assert torch.load(path, map_location="cpu")["fc.weight"].shape == (2, 3)  # the workaround
state = torch.load(path)  # no map_location
