# errfix-repro: expects=pytorch/stack-expects-equal-size
# errfix-repro: requires=torch
"""A DataLoader batching images of two different widths."""
import torch
from torch.utils.data import DataLoader

images = [torch.zeros(3, 8, 8), torch.zeros(3, 8, 10)]
for batch in DataLoader(images, batch_size=2):
    pass
