# errfix-repro: expects=pytorch/bce-input-not-probability
# errfix-repro: requires=torch
"""Raw model scores (no sigmoid) passed to BCELoss."""
import torch
from torch import nn

scores = torch.tensor([2.5, -1.0, 0.3])
labels = torch.tensor([1.0, 0.0, 1.0])
nn.BCEWithLogitsLoss()(scores, labels)  # the workaround: loss on raw scores
nn.BCELoss()(scores, labels)
