# errfix-repro: expects=pytorch/numpy-on-tensor-requiring-grad
# errfix-repro: requires=torch
"""Plotting-style conversion of a model output to NumPy."""
import torch
from torch import nn

preds = nn.Linear(3, 1)(torch.randn(4, 3))
values = preds.numpy()
