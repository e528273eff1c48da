# errfix-repro: expects=pytorch/checkpoint-empty-file
# errfix-repro: requires=torch
"""A 0-byte checkpoint (disk full / killed during torch.save), loaded with weights_only=False."""

import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "last.ckpt")
open(path, "wb").close()
print(os.path.getsize(path), "bytes")
torch.load(path, map_location="cpu", weights_only=False)
