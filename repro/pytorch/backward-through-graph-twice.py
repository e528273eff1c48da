# errfix-repro: expects=pytorch/backward-through-graph-twice
# errfix-repro: requires=torch
"""An RNN hidden state carried across batches without detach()."""
import torch
from torch import nn

rnn = nn.RNN(input_size=3, hidden_size=4, batch_first=True)
hidden = torch.zeros(1, 2, 4)
for step in range(2):
    out, hidden = rnn(torch.randn(2, 5, 3), hidden)
    out.pow(2).mean().backward()
