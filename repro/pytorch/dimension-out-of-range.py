# errfix-repro: expects=pytorch/dimension-out-of-range
# errfix-repro: requires=torch
"""dim=1 on a 1-D tensor (missing batch dimension, or a squeezed output)."""

import torch

logits = torch.randn(5)  # one sample, no batch dim
logits.unsqueeze(0).softmax(dim=1)  # add the batch dim: works
logits.softmax(dim=1)
