# errfix-repro: expects=pytorch/ddp-no-trainable-parameters
# errfix-repro: requires=torch
"""DDP wrapped around a fully frozen model (or a parameter-free module)."""

import os

import torch
import torch.distributed as dist
from torch.nn.parallel import DistributedDataParallel as DDP

os.environ["MASTER_ADDR"] = "127.0.0.1"
os.environ["MASTER_PORT"] = "29563"
dist.init_process_group("gloo", rank=0, world_size=1)
model = torch.nn.Linear(4, 2)
model.requires_grad_(False)  # frozen backbone, no trainable head
DDP(model)
