# errfix-repro: expects=pytorch/requires-grad-non-leaf
# errfix-repro: requires=torch
"""Setting requires_grad on a computed tensor (x = x.to(device); x.requires_grad = False)."""

import torch

w = torch.ones(3, requires_grad=True)
scaled = w * 2
frozen = scaled.detach()  # the fix: detach instead of flipping the flag
frozen.requires_grad = False
scaled.requires_grad = False
