# errfix-repro: expects=pytorch/compile-data-dependent-branching
# errfix-repro: requires=torch
"""A compiled function (fullgraph=True) that branches on a tensor value."""
import torch


@torch.compile(backend="eager", fullgraph=True)
def clip_if_positive(x):
    if x.sum() > 0:
        return x.clamp(max=1.0)
    return x


clip_if_positive(torch.ones(3))
