# errfix-repro: expects=pytorch/deserialize-cuda-without-cuda
# errfix-repro: requires=torch
"""A checkpoint saved on a GPU, loaded on this CPU-only machine.

A GPU run records 'cuda:0' as each storage's location; here that record is written through
torch's own location-tagger hook (register_package), where torch.save takes it from. The torch fix
test applies `torch-map-location-cpu` through the language server and runs this file again.
"""
import os
import tempfile

import torch
import torch.serialization as ser


def tag_as_cuda(storage):
    return "cuda:0"


path = os.path.join(tempfile.mkdtemp(), "model.pt")
ser.register_package(1, tag_as_cuda, lambda obj, location: None)
torch.save({"fc.weight": torch.arange(6.0).reshape(2, 3), "step": 7}, path)
ser._package_registry[:] = [p for p in ser._package_registry if p[1] is not tag_as_cuda]

state = torch.load(path)
weight = state["fc.weight"]
print("fixed:", weight.device, weight.dtype, weight.sum().item(), state["step"])
