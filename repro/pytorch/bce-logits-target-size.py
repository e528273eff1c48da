# errfix-repro: expects=pytorch/bce-logits-target-size
# errfix-repro: requires=torch
"""BCEWithLogitsLoss on (N, 1) logits against (N,) labels."""

import torch

logits = torch.randn(4, 1)
labels = torch.tensor([0.0, 1.0, 1.0, 0.0])
torch.nn.BCEWithLogitsLoss()(logits.squeeze(1), labels)  # works
torch.nn.BCEWithLogitsLoss()(logits, labels)
