# errfix-repro: expects=pytorch/float-loss-target-dtype
# errfix-repro: requires=torch
"""Integer 0/1 labels passed to binary cross-entropy.

The torch fix test applies `torch-target-float` through the language server and runs this file
again: mean(-log 0.9, -log 0.8, -log 0.8, -log 0.6) = 0.2656.
"""
import torch
import torch.nn.functional as F

probs = torch.tensor([0.9, 0.2, 0.8, 0.4])
labels = torch.tensor([1, 0, 1, 0])
loss = F.binary_cross_entropy(probs, labels)
print("fixed:", f"{loss.item():.4f}")
