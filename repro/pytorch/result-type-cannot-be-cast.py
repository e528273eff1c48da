# errfix-repro: expects=pytorch/result-type-cannot-be-cast
# errfix-repro: requires=torch
"""Integer labels passed to BCEWithLogitsLoss, which computes in the target's dtype."""
import torch
from torch import nn

logits = torch.randn(4)
labels = torch.tensor([0, 1, 1, 0])
nn.BCEWithLogitsLoss()(logits, labels.float())  # the workaround runs
nn.BCEWithLogitsLoss()(logits, labels)
