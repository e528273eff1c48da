# errfix-repro: expects=pytorch/dataloader-worker-killed
# errfix-repro: requires=torch
"""A training script with DataLoader workers under 'spawn' and no main guard.

Each spawned worker imports this script and reaches the loader again before it has started:
Python stops it ("bootstrapping phase", python/multiprocessing-main-guard, where the fix is offered)
and the parent then fails with "DataLoader worker ... exited unexpectedly" (the last error, which
the header names). The torch fix test applies `torch-main-guard` through the language server and
runs this file again.
"""
import torch
from torch.utils.data import DataLoader, Dataset


class Squares(Dataset):
    def __len__(self):
        return 6

    def __getitem__(self, index):
        return torch.tensor([index * index])


torch.multiprocessing.set_start_method("spawn", force=True)
loader = DataLoader(Squares(), batch_size=3, num_workers=1)
total = 0
for batch in loader:
    total += int(batch.sum())
print("fixed:", total)
