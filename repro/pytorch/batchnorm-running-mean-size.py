# errfix-repro: expects=pytorch/batchnorm-running-mean-size
# errfix-repro: requires=torch
"""BatchNorm's num_features differs from the input's channel dimension."""

import torch

x = torch.randn(4, 5)
torch.nn.BatchNorm1d(5)(x)  # works
torch.nn.BatchNorm1d(10)(x)
