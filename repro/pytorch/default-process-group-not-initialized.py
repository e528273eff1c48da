# errfix-repro: expects=pytorch/default-process-group-not-initialized
# errfix-repro: requires=torch
"""A torch.distributed call (get_rank/all_reduce/DistributedSampler) before init_process_group."""

import torch
import torch.distributed as dist

print("initialized:", dist.is_initialized())
dist.all_reduce(torch.ones(1))
