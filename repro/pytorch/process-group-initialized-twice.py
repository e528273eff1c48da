# errfix-repro: expects=pytorch/process-group-initialized-twice
# errfix-repro: requires=torch
"""init_process_group called again (library + user code, or a notebook cell re-run)."""

import os

import torch.distributed as dist

os.environ["MASTER_ADDR"] = "127.0.0.1"
os.environ["MASTER_PORT"] = "29564"
dist.init_process_group("gloo", rank=0, world_size=1)
if not dist.is_initialized():  # the guard that avoids it
    dist.init_process_group("gloo", rank=0, world_size=1)
dist.init_process_group("gloo", rank=0, world_size=1)
