# errfix-repro: expects=pytorch/tensor-bool-ambiguous
# errfix-repro: requires=torch
"""A mask tensor used in an if statement."""
import torch

scores = torch.tensor([0.2, 0.9, 0.4])
if (scores > 0.5).any():  # the workaround: say any() or all()
    pass
in_band = (scores > 0.3) & (scores < 0.8)  # elementwise logic
if scores > 0.5:
    print("confident")
