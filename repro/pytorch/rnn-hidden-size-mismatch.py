# errfix-repro: expects=pytorch/rnn-hidden-size-mismatch
# errfix-repro: requires=torch
"""An LSTM initial hidden state built for another batch size (last batch smaller)."""

import torch

lstm = torch.nn.LSTM(10, 20)
x = torch.randn(5, 3, 10)  # the last batch has 3 samples, not 4
h0 = torch.zeros(1, x.size(1), 20)
lstm(x, (h0, h0))  # sized from the input: works
stale = torch.zeros(1, 4, 20)
lstm(x, (stale, stale))
