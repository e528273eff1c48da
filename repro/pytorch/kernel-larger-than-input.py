# errfix-repro: expects=pytorch/kernel-larger-than-input
# errfix-repro: requires=torch
"""A 5x5 kernel applied to a 2x2 feature map."""
import torch
from torch import nn

conv = nn.Conv2d(3, 8, kernel_size=5)
conv(torch.randn(1, 3, 2, 2))
