# errfix-differential: captures={"function": "main.<locals>.<lambda>"}
import torch
from torch.utils.data import DataLoader


def main(scale):
    loader = DataLoader([torch.ones(2)], collate_fn=lambda b: torch.stack(b) * scale)
    return list(loader)  # fails here


result = main(2)
