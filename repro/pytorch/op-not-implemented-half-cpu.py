# errfix-repro: expects=pytorch/op-not-implemented-half-cpu
# errfix-repro: requires=torch
"""A float16 model/tensor run on CPU where the kernel has no Half version."""

import torch

x = torch.randn(4, 8).half()
torch.cdist(x.float(), x.float())  # float32 on CPU: works
torch.cdist(x, x)
