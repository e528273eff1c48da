# errfix-repro: expects=pytorch/layernorm-normalized-shape
# errfix-repro: requires=torch
"""LayerNorm(normalized_shape) that does not match the input's last dimension(s)."""

import torch

x = torch.randn(2, 5)
torch.nn.LayerNorm(5)(x)  # works
torch.nn.LayerNorm(10)(x)
