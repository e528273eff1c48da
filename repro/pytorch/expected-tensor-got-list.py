# errfix-repro: expects=pytorch/expected-tensor-got-list
# errfix-repro: requires=torch
"""torch.stack/cat given a list of Python lists (or arrays) instead of tensors."""

import torch

rows = [[1.0, 2.0], [3.0, 4.0]]
torch.stack([torch.tensor(r) for r in rows])  # works
torch.stack(rows)
