# errfix-repro: expects=pytorch/class-index-target-dtype
# errfix-repro: requires=torch
"""Class labels stored as floats passed to CrossEntropyLoss."""
import torch
from torch import nn

logits = torch.randn(4, 3)
labels = torch.tensor([0.0, 2.0, 1.0, 0.0])
nn.CrossEntropyLoss()(logits, labels.long())  # the workaround runs
nn.CrossEntropyLoss()(logits, labels)
