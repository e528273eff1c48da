# errfix-repro: expects=pytorch/index-out-of-bounds-dimension
# errfix-repro: requires=torch
"""Off-by-one: iterating up to and including len()."""
import torch

scores = torch.arange(5)
for i in range(len(scores) + 1):
    value = scores[i]
