# errfix-repro: expects=pytorch/op-not-implemented-integer
# errfix-repro: requires=torch
"""An integer tensor (labels/inputs from NumPy ints) fed to a floating-point op."""

import torch

pred = torch.tensor([1, 2, 3])
target = torch.tensor([1, 2, 4])
torch.nn.functional.mse_loss(pred.float(), target.float())  # works
torch.nn.functional.mse_loss(pred, target)
