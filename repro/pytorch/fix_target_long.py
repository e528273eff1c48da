# errfix-repro: expects=pytorch/class-index-target-dtype
# errfix-repro: requires=torch
"""Class labels read as floats passed to CrossEntropyLoss.

The torch fix test applies `torch-target-long` (unsafe: it truncates non-whole labels) through the
language server and runs this file again. Each row puts logit 2 on its true class and 0 on the two
others, so the loss is log(1 + 2 e^-2) = 0.2395 for every row.
"""
import torch
from torch import nn

logits = torch.tensor([[2.0, 0.0, 0.0], [0.0, 0.0, 2.0], [0.0, 2.0, 0.0], [2.0, 0.0, 0.0]])
labels = torch.tensor([0.0, 2.0, 1.0, 0.0])
criterion = nn.CrossEntropyLoss()
loss = criterion(logits, labels)
print("fixed:", f"{loss.item():.4f}")
