# Recurrent and attention modules (LSTM flat weights, MultiheadAttention in_proj) keep their weights.
import os

import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(10, 8)
        self.rnn = nn.LSTM(8, 8, batch_first=True)
        self.attn = nn.TransformerEncoderLayer(8, 2, dim_feedforward=16, dropout=0.0, batch_first=True)

    def forward(self, x):
        out, _ = self.rnn(self.emb(x))
        return self.attn(out)


BEFORE = os.environ.get("ERRFIX_DIFFERENTIAL") == "before"
torch.manual_seed(3)
state = nn.DataParallel(Net()).state_dict()
model = Net().eval()
if BEFORE:
    nn.DataParallel(model).load_state_dict(state)
else:
    model.load_state_dict(state, strict=True)  # fails here
result = [model.state_dict(), model(torch.tensor([[1, 2, 3]]))]
