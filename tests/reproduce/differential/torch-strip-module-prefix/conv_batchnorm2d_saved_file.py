# Conv + BatchNorm2d saved to a file from DataParallel and loaded with torch.load in the call.
import os
import tempfile

import torch
from torch import nn

BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"


def build():
    return nn.Sequential(nn.Conv2d(3, 4, 3), nn.BatchNorm2d(4), nn.ReLU(), nn.Flatten(), nn.Linear(16, 2))


torch.manual_seed(2)
trained = nn.DataParallel(build())
trained(torch.randn(5, 3, 4, 4))
path = os.path.join(tempfile.mkdtemp(), "dp.pt")
torch.save(trained.state_dict(), path)

model = build().eval()
if BEFORE:
    nn.DataParallel(model).load_state_dict(torch.load(path))
else:
    model.load_state_dict(torch.load(path))  # fails here
result = [model.state_dict(), model(torch.ones(1, 3, 4, 4))]
