# errfix-repro: expects=pytorch/collate-unequal-list-size
# errfix-repro: requires=torch
"""Samples that are Python lists of different lengths, batched by default_collate."""

import torch
from torch.utils.data import DataLoader

samples = [[1, 2, 3], [4, 5], [6, 7, 8]]  # e.g. token ids before padding
padded = DataLoader(
    samples,
    batch_size=3,
    collate_fn=lambda b: torch.nn.utils.rnn.pad_sequence([torch.tensor(s) for s in b], True),
)
assert next(iter(padded)).shape == (3, 3)  # padding in collate_fn works
next(iter(DataLoader(samples, batch_size=3)))
