# errfix-repro: expects=pytorch/argument-must-be-tensor
# errfix-repro: requires=torch
"""A layer called with a non-tensor: a str, a tuple from a previous layer, or a NumPy array."""

import numpy as np
import torch

layer = torch.nn.Linear(2, 2)
batch = np.ones((3, 2), dtype=np.float32)
layer(torch.from_numpy(batch))  # converted: works
layer(batch)
