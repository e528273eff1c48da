# errfix-repro: expects=pytorch/expand-size-mismatch
# errfix-repro: requires=torch
"""expand()/broadcast assignment to a shape whose non-1 sizes differ."""

import torch

bias = torch.zeros(3)
bias.expand(2, 3)  # matching last dim: works
bias.expand(2, 4)
