# errfix-repro: expects=pytorch/invalid-magic-number
# errfix-repro: requires=torch
"""A file written with pickle/joblib (not torch.save) read with torch.load(weights_only=False)."""

import os
import pickle
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "features.pt")
with open(path, "wb") as f:
    pickle.dump({"weight": [1.0, 2.0]}, f)
with open(path, "rb") as f:
    assert pickle.load(f)["weight"] == [1.0, 2.0]  # the writer's own reader works
torch.load(path, weights_only=False)
