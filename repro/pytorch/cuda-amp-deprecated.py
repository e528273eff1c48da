# errfix-repro: expects=pytorch/cuda-amp-deprecated
# errfix-repro: requires=torch
"""Mixed-precision set-up written for torch < 2.4, run with deprecations as errors (as
`pytest -W error::FutureWarning` or `python -W error` do).

torch 2.4+ warns once per call site of the CUDA-only AMP entry points; without the filter the
program prints the same text as a warning line and keeps running.
"""
import warnings

import torch

warnings.simplefilter("error", FutureWarning)
scaler = torch.amp.GradScaler("cuda")  # the replacement raises nothing
with torch.amp.autocast("cuda", dtype=torch.float16, cache_enabled=True):
    pass
scaler = torch.cuda.amp.GradScaler()
