# errfix-repro: expects=pytorch/float-loss-target-dtype
# errfix-repro: requires=torch
"""Integer 0/1 labels passed to binary cross-entropy."""
import torch
import torch.nn.functional as F

probs = torch.sigmoid(torch.randn(4))
labels = torch.tensor([0, 1, 1, 0])
F.binary_cross_entropy(probs, labels.float())  # the workaround runs
F.binary_cross_entropy(probs, labels)
