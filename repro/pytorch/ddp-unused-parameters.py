# errfix-repro: expects=pytorch/ddp-unused-parameters
# errfix-repro: requires=torch
"""DDP (gloo, world_size=1) over a model with a layer forward() never uses."""

import os

import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel as DDP

os.environ["MASTER_ADDR"] = "127.0.0.1"
os.environ["MASTER_PORT"] = "29562"
dist.init_process_group("gloo", rank=0, world_size=1)


class Net(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.used = torch.nn.Linear(4, 4)
        self.unused = torch.nn.Linear(4, 4)  # e.g. an aux head only used in eval

    def forward(self, x):
        return self.used(x)


fixed = DDP(Net(), find_unused_parameters=True)
for _ in range(2):
    fixed(torch.ones(2, 4)).sum().backward()  # works
model = DDP(Net())
for _ in range(2):
    model(torch.ones(2, 4)).sum().backward()
