# errfix-repro: expects=pytorch/inference-tensor-saved-for-backward
# errfix-repro: requires=torch
"""A tensor created under torch.inference_mode() used in a graph that is backpropagated."""

import torch

with torch.inference_mode():
    features = torch.ones(2, 4)  # e.g. cached embeddings / a frozen encoder output
head = torch.nn.Linear(4, 2)
head(features.clone()).sum().backward()  # a clone is a normal tensor: works
head(features).sum().backward()
