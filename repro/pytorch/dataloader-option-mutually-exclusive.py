# errfix-repro: expects=pytorch/dataloader-option-mutually-exclusive
# errfix-repro: requires=torch
"""shuffle=True together with a sampler (DistributedSampler/WeightedRandomSampler)."""

import torch
from torch.utils.data import DataLoader, WeightedRandomSampler

data = torch.arange(8)
sampler = WeightedRandomSampler(torch.ones(8), num_samples=8)
DataLoader(data, batch_size=4, sampler=sampler)  # the sampler shuffles: works
DataLoader(data, batch_size=4, shuffle=True, sampler=sampler)
