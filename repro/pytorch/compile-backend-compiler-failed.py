# errfix-repro: expects=pytorch/compile-backend-compiler-failed
# errfix-repro: requires=torch
"""torch.compile's backend raised while compiling the captured graph."""

import torch


def broken_backend(gm, example_inputs):
    raise RuntimeError("failed to lower aten.add")


compiled = torch.compile(lambda x: x + 1, backend=broken_backend)
compiled(torch.ones(2))
