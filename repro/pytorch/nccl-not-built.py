# errfix-repro: expects=pytorch/nccl-not-built
# errfix-repro: requires=torch
"""init_process_group('nccl') on a build without NCCL (CPU wheel, Windows, macOS)."""

import os

import torch.distributed as dist

os.environ.setdefault("MASTER_ADDR", "127.0.0.1")
os.environ.setdefault("MASTER_PORT", "29561")
print("nccl available:", dist.is_nccl_available())
dist.init_process_group("nccl", rank=0, world_size=1)
