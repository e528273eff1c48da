# errfix-repro: expects=pytorch/cross-entropy-prob-target-dtype
# errfix-repro: requires=torch
"""CrossEntropyLoss given one-hot labels as a Long tensor."""

import torch

logits = torch.randn(4, 3)
one_hot = torch.nn.functional.one_hot(torch.tensor([0, 2, 1, 0]), 3)
torch.nn.CrossEntropyLoss()(logits, one_hot.argmax(1))  # class indices: works
torch.nn.CrossEntropyLoss()(logits, one_hot.float())  # probabilities as float: works
torch.nn.CrossEntropyLoss()(logits, one_hot)
