# errfix-repro: expects=pytorch/torch-load-weights-only
# errfix-repro: requires=torch
"""A training checkpoint that pickles a config object, loaded with torch>=2.6 defaults.

The torch fix test applies `torch-safe-globals` (and, on a copy, the unsafe
`torch-weights-only-false`) through the language server and runs this file again.
"""
import os
import tempfile

import torch


class Config:
    def __init__(self, lr, layers):
        self.lr = lr
        self.layers = layers


path = os.path.join(tempfile.mkdtemp(), "checkpoint.pt")
torch.save({"config": Config(0.1, [4, 2]), "weight": torch.full((2, 2), 0.5)}, path)

checkpoint = torch.load(path)
config = checkpoint["config"]
print("fixed:", type(config).__name__, config.lr, config.layers, checkpoint["weight"].sum().item())
