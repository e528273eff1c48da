# Views sharing one storage, integer and bool tensors: values, dtypes and the sharing survive.
import os
import tempfile

import torch
import torch.serialization as ser

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"


def tag_as_cuda(storage):
    return "cuda:0"


base = torch.arange(12, dtype=torch.int64)
saved = {"base": base, "view": base[2:8].view(2, 3), "mask": base > 5, "half": torch.ones(2, dtype=torch.float16)}
path = os.path.join(tempfile.mkdtemp(), "model.pt")
if not BEFORE:
    ser.register_package(1, tag_as_cuda, lambda obj, location: None)
torch.save(saved, path)
ser._package_registry[:] = [p for p in ser._package_registry if p[1] is not tag_as_cuda]


loaded = torch.load(path)  # fails here
loaded["base"][3] = 100  # a write through one view shows in the other when the storage is shared
result = [loaded, loaded["view"][0, 1].item()]
