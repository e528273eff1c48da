# errfix-repro: expects=pytorch/mat1-mat2-shapes
# errfix-repro: requires=torch
"""A classifier head sized for the wrong number of flattened features."""
import torch
from torch import nn

model = nn.Sequential(nn.Conv2d(1, 4, 3), nn.Flatten(), nn.Linear(100, 10))
images = torch.randn(8, 1, 12, 12)  # conv gives 4 x 10 x 10 = 400 features, not 100
model(images)
