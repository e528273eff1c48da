# errfix-repro: expects=pytorch/map-location-unknown-device
# errfix-repro: requires=torch
"""map_location names a device string torch does not know (a typo, or 'gpu')."""

import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "model.pt")
torch.save({"weight": torch.ones(2)}, path)
assert torch.load(path, map_location=torch.device("cpu"))["weight"].sum() == 2
torch.load(path, map_location="gpu")
