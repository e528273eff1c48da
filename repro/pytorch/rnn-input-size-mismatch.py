# errfix-repro: expects=pytorch/rnn-input-size-mismatch
# errfix-repro: requires=torch
"""An LSTM/GRU whose input_size differs from the input's feature dimension."""

import torch

x = torch.randn(5, 3, 7)  # (seq, batch, features)
torch.nn.LSTM(7, 20)(x)  # works
torch.nn.LSTM(10, 20)(x)
