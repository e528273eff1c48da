# errfix-repro: expects=pytorch/torch-load-weights-only
# errfix-repro: requires=torch
"""A checkpoint that stores the argparse arguments of its run (a common habit), loaded with
torch>=2.6 defaults: `argparse.Namespace` is not an allowed global."""
import argparse
import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "run.pt")
torch.save({"args": argparse.Namespace(epochs=3, lr=0.01), "step": 30}, path)


def resume(path):
    saved = torch.load(path)
    return saved["args"], saved["step"]


args, step = resume(path)
print("fixed:", args.epochs, args.lr, step)
