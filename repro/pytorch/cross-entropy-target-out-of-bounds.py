# errfix-repro: expects=pytorch/cross-entropy-target-out-of-bounds
# errfix-repro: requires=torch
"""Labels numbered 1..5 for a 5-class output layer."""
import torch
from torch import nn

logits = torch.randn(3, 5)
labels = torch.tensor([1, 5, 2])
nn.CrossEntropyLoss()(logits, labels)
