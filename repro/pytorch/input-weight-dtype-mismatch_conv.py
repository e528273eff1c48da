# errfix-repro: expects=pytorch/input-weight-dtype-mismatch
# errfix-repro: requires=torch
"""A float64 image batch fed to a float32 convolution."""
import torch
from torch import nn

conv = nn.Conv2d(3, 4, kernel_size=3)
conv(torch.rand(1, 3, 8, 8, dtype=torch.float64))
