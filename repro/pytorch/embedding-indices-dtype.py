# errfix-repro: expects=pytorch/embedding-indices-dtype
# errfix-repro: requires=torch
"""Token ids created with torch.Tensor (float32) fed to an Embedding."""
import torch
from torch import nn

emb = nn.Embedding(10, 4)
ids = torch.Tensor([1, 5, 2])
emb(ids.long())  # the workaround: int64 indices
emb(ids)
