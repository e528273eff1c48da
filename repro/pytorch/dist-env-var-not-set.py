# errfix-repro: expects=pytorch/dist-env-var-not-set
# errfix-repro: requires=torch
"""init_process_group() (env://) run with plain python instead of torchrun."""

import os

import torch.distributed as dist

for name in ("RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"):
    os.environ.pop(name, None)
dist.init_process_group("gloo")
