# errfix-differential: captures={"function": "main.<locals>.<lambda>"}
# errfix-differential: after-fails=no
# The lambda and the module-level function give the same batches (num_workers=0 here: spawn
# workers cannot import a snippet; test_torch_fixes runs the spawn workers).
import torch
from torch.utils.data import DataLoader


def main():
    samples = [torch.full((2,), float(i)) for i in range(5)]
    loader = DataLoader(samples, batch_size=2, collate_fn=lambda batch: torch.stack(batch) * 10)
    return [batch for batch in loader]  # fails here


result = main()
