# errfix-repro: expects=pytorch/result-type-cannot-be-cast
# errfix-repro: requires=torch
"""Scaling an integer tensor in place by a float."""
import torch

counts = torch.tensor([3, 5, 7])
scaled = counts.float()
scaled *= 0.5  # the workaround: a floating destination
counts *= 0.5
