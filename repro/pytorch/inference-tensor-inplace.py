# errfix-repro: expects=pytorch/inference-tensor-inplace
# errfix-repro: requires=torch
"""An in-place update of a tensor created under torch.inference_mode(), outside it."""

import torch

with torch.inference_mode():
    running = torch.zeros(3)
copy = running.clone()
copy.add_(1)  # a clone can be updated
running.add_(1)
