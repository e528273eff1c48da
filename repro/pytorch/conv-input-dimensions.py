# errfix-repro: expects=pytorch/conv-input-dimensions
# errfix-repro: requires=torch
"""A batch of images wrapped in one extra dimension (e.g. unsqueeze(0) on a batch)."""
import torch
from torch import nn

conv = nn.Conv2d(3, 8, kernel_size=3)
batch = torch.randn(4, 3, 16, 16).unsqueeze(0)
conv(batch)
