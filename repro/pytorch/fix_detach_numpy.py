# errfix-repro: expects=pytorch/numpy-on-tensor-requiring-grad
# errfix-repro: requires=torch
"""A model output converted to NumPy for plotting, while it is still in the autograd graph.

The torch fix test applies `torch-detach-numpy` through the language server and runs this file
again. Weights are set by hand: row sums of [[0,1,2],[3,4,5],[6,7,8],[9,10,11]] plus 0.5.
"""
import torch
from torch import nn

model = nn.Linear(3, 1)
with torch.no_grad():
    model.weight.fill_(1.0)
    model.bias.fill_(0.5)
preds = model(torch.arange(12.0).reshape(4, 3))
values = preds.numpy()
print("fixed:", values.dtype, values.shape, values.ravel().tolist(), preds.requires_grad)
