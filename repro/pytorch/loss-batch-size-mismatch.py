# errfix-repro: expects=pytorch/loss-batch-size-mismatch
# errfix-repro: requires=torch
"""A wrong flatten in forward() folds two samples into one row."""
import torch
from torch import nn

features = torch.randn(8, 2, 5)          # 8 samples, 10 features each
logits = nn.Linear(20, 3)(features.view(-1, 20))  # -> 4 rows
labels = torch.randint(0, 3, (8,))
nn.CrossEntropyLoss()(logits, labels)
