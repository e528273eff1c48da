# errfix-repro: expects=pytorch/state-dict-module-prefix
# errfix-repro: requires=torch
"""A checkpoint saved from nn.DataParallel (keys 'module.*') loaded into the plain model.

The torch fix test applies `torch-strip-module-prefix` through the language server and runs this
file again: every parameter and buffer (BatchNorm statistics included) must equal the saved ones.
"""
import os
import tempfile

import torch
from torch import nn


def build():
    return nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))


torch.manual_seed(0)
wrapped = nn.DataParallel(build())
wrapped.train()
for _ in range(3):  # move the BatchNorm statistics away from their initial values
    wrapped(torch.randn(16, 4))
path = os.path.join(tempfile.mkdtemp(), "dp.pt")
torch.save(wrapped.state_dict(), path)

model = build()
model.load_state_dict(torch.load(path))
saved = wrapped.module.state_dict()
loaded = model.state_dict()
same = sorted(saved) == sorted(loaded) and all(torch.equal(saved[k], loaded[k]) for k in saved)
print("fixed:", len(loaded), same, int(loaded["1.num_batches_tracked"]))
