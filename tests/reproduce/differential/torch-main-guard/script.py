# errfix-differential: main
# errfix-differential: after-fails=no
# Run as __main__ (no spawn workers in the snippet): the guarded script computes the same.
import torch
from torch.utils.data import DataLoader, Dataset


class Squares(Dataset):
    def __len__(self):
        return 6

    def __getitem__(self, index):
        return torch.tensor([index * index])


loader = DataLoader(Squares(), batch_size=4)
batches = []
for batch in loader:  # fails here
    batches.append(batch)
result = [batches, torch.cat(batches).sum()]
