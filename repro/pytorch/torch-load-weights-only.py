# errfix-repro: expects=pytorch/torch-load-weights-only
# errfix-repro: requires=torch
"""A training checkpoint that pickles a config object, loaded with torch>=2.6 defaults."""
import os
import tempfile

import torch


class Config:
    def __init__(self):
        self.lr = 0.1


path = os.path.join(tempfile.mkdtemp(), "checkpoint.pt")
torch.save({"config": Config(), "weight": torch.ones(2)}, path)
assert torch.load(path, weights_only=False)["config"].lr == 0.1  # trusted file: old behaviour
with torch.serialization.safe_globals([Config]):
    assert torch.load(path)["config"].lr == 0.1  # allow-listing the class also works
torch.load(path)
