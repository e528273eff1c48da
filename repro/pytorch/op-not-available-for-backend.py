# errfix-repro: expects=pytorch/op-not-available-for-backend
# errfix-repro: requires=torch
"""A quantized kernel called with float tensors: the dispatcher has no 'CPU' (float) implementation."""

import torch

a = torch.ones(4)
b = torch.ones(4)
qa = torch.quantize_per_tensor(a, 0.1, 0, torch.quint8)
qb = torch.quantize_per_tensor(b, 0.1, 0, torch.quint8)
torch.ops.quantized.add(qa, qb, 0.1, 0)  # quantized inputs: works
torch.ops.quantized.add(a, b, 0.1, 0)
