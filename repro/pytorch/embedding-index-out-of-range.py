# errfix-repro: expects=pytorch/embedding-index-out-of-range
# errfix-repro: requires=torch
"""A token id equal to the vocabulary size looked up in an Embedding."""
import torch
from torch import nn

embedding = nn.Embedding(num_embeddings=10, embedding_dim=4)
token_ids = torch.tensor([[1, 4, 10]])
embedding(token_ids)
