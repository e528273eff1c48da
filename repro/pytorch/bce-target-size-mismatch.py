# errfix-repro: expects=pytorch/bce-target-size-mismatch
# errfix-repro: requires=torch
"""A one-unit binary classifier (N, 1) against labels of shape (N,)."""
import torch
from torch import nn

probs = torch.sigmoid(nn.Linear(3, 1)(torch.randn(4, 3)))
labels = torch.tensor([0.0, 1.0, 1.0, 0.0])
nn.BCELoss()(probs.squeeze(1), labels)  # the workaround: same shapes
nn.BCELoss()(probs, labels)
