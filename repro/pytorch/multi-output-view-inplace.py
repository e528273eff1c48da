# errfix-repro: expects=pytorch/multi-output-view-inplace
# errfix-repro: requires=torch
"""In-place op on one output of split/chunk/unbind inside the autograd graph."""

import torch

x = torch.ones(4, requires_grad=True) * 1
left, right = x.split(2)
left = left + 1  # out-of-place: works
left, right = x.split(2)
left += 1
