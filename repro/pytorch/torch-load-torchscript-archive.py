# errfix-repro: expects=pytorch/torch-load-torchscript-archive
# errfix-repro: requires=torch
"""torch.load() (weights_only default since 2.6) on a TorchScript file saved with torch.jit.save."""

import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "scripted.pt")
torch.jit.script(torch.nn.Linear(4, 2)).save(path)
assert torch.jit.load(path)(torch.ones(1, 4)).shape == (1, 2)  # the right loader works
torch.load(path)
