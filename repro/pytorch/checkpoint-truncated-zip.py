# errfix-repro: expects=pytorch/checkpoint-truncated-zip
# errfix-repro: requires=torch
"""A checkpoint whose download or save was cut short: the zip's central directory is missing."""

import os
import tempfile

import torch

folder = tempfile.mkdtemp()
good = os.path.join(folder, "full.pt")
torch.save({"weight": torch.randn(64, 64)}, good)
assert torch.load(good)["weight"].shape == (64, 64)  # the complete file loads
cut = os.path.join(folder, "partial.pt")
with open(good, "rb") as src, open(cut, "wb") as dst:
    dst.write(src.read(100))  # what an interrupted download/save leaves behind
torch.load(cut, map_location="cpu")
