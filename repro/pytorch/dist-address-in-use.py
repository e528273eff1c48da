# errfix-repro: expects=pytorch/dist-address-in-use
# errfix-repro: requires=torch
"""A second job (or a leftover process) on MASTER_PORT: the store cannot listen."""

import socket
from datetime import timedelta

import torch.distributed as dist

busy = socket.socket()
busy.bind(("127.0.0.1", 0))
busy.listen()
port = busy.getsockname()[1]  # another run already listens here
dist.init_process_group(
    "gloo", init_method=f"tcp://127.0.0.1:{port}", rank=0, world_size=1, timeout=timedelta(seconds=5)
)
