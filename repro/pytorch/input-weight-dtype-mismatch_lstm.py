# errfix-repro: expects=pytorch/input-weight-dtype-mismatch
# errfix-repro: requires=torch
"""A float64 sequence batch fed to a float32 LSTM."""
import torch
from torch import nn

lstm = nn.LSTM(input_size=3, hidden_size=4, batch_first=True)
lstm(torch.rand(2, 5, 3, dtype=torch.float64))
