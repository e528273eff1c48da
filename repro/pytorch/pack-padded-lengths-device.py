# errfix-repro: expects=pytorch/pack-padded-lengths-device
# errfix-repro: requires=torch
"""pack_padded_sequence lengths given as a tensor on the GPU (here: meta) instead of CPU int64."""

import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.zeros(5, 3, 10)
lengths = torch.tensor([5, 4, 3])
pack_padded_sequence(x, lengths.cpu())  # works
pack_padded_sequence(x, lengths.to("meta"))
