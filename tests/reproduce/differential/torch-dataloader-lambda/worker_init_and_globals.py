# errfix-differential: captures={"function": "Trainer.loader.<locals>.<lambda>"}
# errfix-differential: after-fails=no
# A lambda in a method that reads a module-level constant (not a closure: it moves as it is).
import torch
from torch.utils.data import DataLoader

SCALE = 3


class Trainer:
    def loader(self, data):
        return DataLoader(data, batch_size=3, collate_fn=lambda rows: (torch.tensor(rows) * SCALE).sum(0))


result = list(Trainer().loader([[1, 2], [3, 4], [5, 6], [7, 8]]))  # fails here
