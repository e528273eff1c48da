# errfix-repro: expects=pytorch/pack-padded-unsorted-lengths
# errfix-repro: requires=torch
"""pack_padded_sequence with lengths not sorted in decreasing order."""

import torch
from torch.nn.utils.rnn import pack_padded_sequence

x = torch.zeros(5, 3, 10)
lengths = torch.tensor([3, 5, 4])
pack_padded_sequence(x, lengths, enforce_sorted=False)  # works
pack_padded_sequence(x, lengths)
