# errfix-repro: expects=pytorch/anomaly-nan-in-backward
# errfix-repro: requires=torch
"""detect_anomaly() names the backward op that produced NaN: sqrt(0) hidden behind torch.where."""

import torch

x = torch.tensor([0.0, 4.0], requires_grad=True)
with torch.autograd.detect_anomaly():
    safe = torch.where(x > 0, torch.sqrt(x.clamp_min(1e-12)), 0.0)  # clamp inside the branch: finite
    safe.sum().backward()
    assert torch.isfinite(x.grad).all()
    x.grad = None
    torch.where(x > 0, torch.sqrt(x), 0.0).sum().backward()
