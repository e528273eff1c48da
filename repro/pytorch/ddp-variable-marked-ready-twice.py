# errfix-repro: expects=pytorch/ddp-variable-marked-ready-twice
# errfix-repro: requires=torch
"""DDP (gloo, world_size=1) with reentrant activation checkpointing that reuses the same layer twice."""

import os

import torch
import torch.distributed as dist
from torch.utils.checkpoint import checkpoint

os.environ["MASTER_ADDR"] = "127.0.0.1"
os.environ["MASTER_PORT"] = "29566"
dist.init_process_group("gloo", rank=0, world_size=1)


class Net(torch.nn.Module):
    def __init__(self, reentrant):
        super().__init__()
        self.layer = torch.nn.Linear(4, 4)
        self.reentrant = reentrant

    def forward(self, x):
        x = checkpoint(self.layer, x, use_reentrant=self.reentrant)
        return checkpoint(self.layer, x, use_reentrant=self.reentrant)


x = torch.ones(2, 4, requires_grad=True)
fixed = torch.nn.parallel.DistributedDataParallel(Net(reentrant=False), find_unused_parameters=True)
fixed(x).sum().backward()  # non-reentrant checkpointing: works
model = torch.nn.parallel.DistributedDataParallel(Net(reentrant=True), find_unused_parameters=True)
model(x).sum().backward()
