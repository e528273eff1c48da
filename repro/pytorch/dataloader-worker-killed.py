# errfix-repro: expects=pytorch/dataloader-worker-killed
# errfix-repro: requires=torch
"""A DataLoader worker killed by the OS (as the OOM killer does) while loading a sample."""
import os
import signal

from torch.utils.data import DataLoader, Dataset


class Frames(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, index):
        os.kill(os.getpid(), signal.SIGKILL)


if __name__ == "__main__":
    for batch in DataLoader(Frames(), num_workers=1):
        pass
