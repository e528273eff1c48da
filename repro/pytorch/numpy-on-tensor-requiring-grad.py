# errfix-repro: expects=pytorch/numpy-on-tensor-requiring-grad
# errfix-repro: requires=torch
"""Plotting-style conversion of a model output to NumPy."""
import torch
from torch import nn

model = nn.Linear(3, 1)
preds = model(torch.randn(4, 3))
values_ok = preds.detach().numpy()  # the workaround: detach first
with torch.no_grad():
    no_graph = model(torch.randn(4, 3)).numpy()  # or predict without a graph
values = preds.numpy()
