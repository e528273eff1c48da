# errfix-repro: expects=pytorch/cross-entropy-multi-target
# errfix-repro: requires=torch
"""Labels stored as a column vector (N, 1) passed to CrossEntropyLoss."""
import torch
from torch import nn

logits = torch.randn(4, 3)
labels = torch.tensor([[0], [2], [1], [0]])
nn.CrossEntropyLoss()(logits, labels.squeeze(1))  # the workaround
nn.CrossEntropyLoss()(logits, labels)
