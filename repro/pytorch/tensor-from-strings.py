# errfix-repro: expects=pytorch/tensor-from-strings
# errfix-repro: requires=torch
"""torch.tensor() on a list of strings (labels/text not yet encoded)."""

import torch

labels = ["cat", "dog", "cat"]
classes = sorted(set(labels))
torch.tensor([classes.index(x) for x in labels])  # encoded first: works
torch.tensor(labels)
