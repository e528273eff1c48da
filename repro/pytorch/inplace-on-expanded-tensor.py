# errfix-repro: expects=pytorch/inplace-on-expanded-tensor
# errfix-repro: requires=torch
"""An in-place op on an expand()ed tensor whose elements share memory."""

import torch

row = torch.zeros(1, 3)
grid = row.expand(4, 3)
grid.clone().add_(1)  # clone first: works
grid.add_(1)
