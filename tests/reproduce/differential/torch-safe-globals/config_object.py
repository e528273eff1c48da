# errfix-differential: main
# errfix-differential: captures={"module": "__main__", "class_name": "Config"}
# errfix-differential: before-env=TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD=1
# A training checkpoint with a config object: before = torch's pre-2.6 default (weights_only=False).
import os
import tempfile

import torch


class Config:
    def __init__(self, lr, layers, name):
        self.lr = lr
        self.layers = layers
        self.name = name


path = os.path.join(tempfile.mkdtemp(), "ckpt.pt")
torch.save({"config": Config(0.1, [4, 2], "run-1"), "w": torch.linspace(0, 1, 5)}, path)


checkpoint = torch.load(path)  # fails here
result = checkpoint
