# errfix-repro: expects=pytorch/cpu-allocator-out-of-memory
# errfix-repro: requires=torch
"""A shape bug asks the CPU allocator for 128 TiB."""
import torch

n = 2**45
buffer = torch.empty(n)
