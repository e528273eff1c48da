# errfix-repro: expects=pytorch/meta-tensor-no-data
# errfix-repro: requires=torch
"""A module built on the meta device has no data: moving it to the CPU fails."""
import torch

layer = torch.nn.Linear(4, 2, device="meta")  # what init_empty_weights()/low_cpu_mem_usage do
layer.to("cpu")
