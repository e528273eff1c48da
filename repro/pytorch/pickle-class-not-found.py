# errfix-repro: expects=pytorch/pickle-class-not-found
# errfix-repro: requires=torch
"""A whole model pickled from train.py (class in __main__) loaded by another script."""

import os
import subprocess
import sys
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "model.pt")
train = (
    "import torch, sys\n"
    "class Net(torch.nn.Module):\n"
    "    def __init__(self):\n"
    "        super().__init__()\n"
    "        self.fc = torch.nn.Linear(4, 2)\n"
    "torch.save(Net(), sys.argv[1])\n"
)
subprocess.run([sys.executable, "-c", train, path], check=True)
torch.load(path, weights_only=False)
