# errfix-repro: expects=transformers/safetensors-non-contiguous
# errfix-repro: requires=safetensors,torch
"""save_file of a transposed/sliced (non-contiguous) tensor."""

import torch
from safetensors.torch import save_file

weight = torch.randn(4, 8)
save_file({"proj.weight": weight.t()}, "model.safetensors")  # .t() is a non-contiguous view
