# errfix-repro: expects=pytorch/dataloader-option-needs-workers
# errfix-repro: requires=torch
"""prefetch_factor/persistent_workers set while num_workers=0."""

import torch
from torch.utils.data import DataLoader

data = torch.arange(8)
DataLoader(data, num_workers=0, prefetch_factor=None)  # no workers, no prefetch: works
DataLoader(data, num_workers=0, prefetch_factor=4)
