# errfix-repro: expects=pytorch/input-weight-dtype-mismatch
# errfix-repro: requires=torch
"""Features built from a float64 NumPy array fed to a float32 Linear layer."""
import numpy as np
import torch
from torch import nn

features = torch.from_numpy(np.random.rand(4, 3))  # float64
layer = nn.Linear(3, 2)
assert layer(features.float()).shape == (4, 2)  # the workaround: cast the input
assert layer(torch.from_numpy(np.random.rand(4, 3).astype(np.float32))).shape == (4, 2)  # convert at the source
layer(features)
