# errfix-repro: expects=pytorch/conv-channels-mismatch
# errfix-repro: requires=torch
"""Grayscale images fed to a conv layer built for RGB."""
import torch
from torch import nn

conv = nn.Conv2d(3, 8, kernel_size=3)
gray = torch.randn(2, 1, 16, 16)
conv(gray)
