# errfix-repro: expects=pytorch/cuda-amp-deprecated
# errfix-repro: requires=torch
"""Mixed-precision set-up for torch < 2.4, run with deprecations as errors (pytest -W error).

The torch fix test applies `torch-amp-namespace` through the language server and runs this file
again: the same settings must reach the new objects (here on a CPU-only machine both disable
themselves, as the old ones did).
"""
import warnings

import torch
from torch.cuda.amp import autocast

warnings.simplefilter("error", FutureWarning)
warnings.simplefilter("ignore", UserWarning)  # "CUDA is not available ... Disabling"
scaler = torch.cuda.amp.GradScaler(init_scale=1024.0, growth_interval=100)
with autocast(True):
    y = torch.ones(2) * 3
print("fixed:", type(scaler).__module__, sorted(vars(scaler).items()), y.tolist())
