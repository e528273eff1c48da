# errfix-repro: expects=pytorch/dataloader-timeout
# errfix-repro: requires=torch
"""A worker that takes longer than DataLoader(timeout=...) to produce a batch."""

import time

from torch.utils.data import DataLoader, Dataset


class Slow(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, i):
        time.sleep(3)  # e.g. a network/NFS read that stalls
        return i


if __name__ == "__main__":
    next(iter(DataLoader(Slow(), num_workers=1, timeout=1)))
