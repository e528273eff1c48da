# errfix-repro: expects=pytorch/batchnorm-single-value-per-channel
# errfix-repro: requires=torch
"""One sample through BatchNorm in training mode (a last batch of size 1)."""
import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8))
model.train()
model.eval()
model(torch.randn(1, 4))  # the workaround: eval mode for one sample
model.train()
for batch in torch.utils.data.DataLoader(torch.randn(9, 4), batch_size=4, drop_last=True):
    model(batch)  # drop_last=True: no batch of one
model(torch.randn(1, 4))
