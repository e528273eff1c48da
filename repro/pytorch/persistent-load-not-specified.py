# errfix-repro: expects=pytorch/persistent-load-not-specified
# errfix-repro: requires=torch
"""The data.pkl inside an unzipped .pt checkpoint, read with torch.load(weights_only=False)/pickle.load."""

import os
import tempfile
import zipfile

import torch

folder = tempfile.mkdtemp()
ckpt = os.path.join(folder, "model.pt")
torch.save({"weight": torch.ones(2)}, ckpt)
assert torch.load(ckpt)["weight"].sum() == 2  # the archive itself loads
with zipfile.ZipFile(ckpt) as archive:  # what unzipping the checkpoint leaves behind
    inner = next(n for n in archive.namelist() if n.endswith("data.pkl"))
    data = archive.read(inner)
extracted = os.path.join(folder, "data.pkl")
with open(extracted, "wb") as f:
    f.write(data)
torch.load(extracted, weights_only=False)
