# errfix-repro: expects=pytorch/tensor-size-mismatch-non-singleton
# errfix-repro: requires=torch
"""A mask built for a different length than the scores it is applied to."""
import torch

scores = torch.randn(3)
mask = torch.ones(4)
masked = scores * mask
