# errfix-repro: expects=pytorch/invalid-device-string
# errfix-repro: requires=torch
"""A device string torch does not know ('gpu', 'cuda0')."""

import torch

assert torch.device("cuda:0").type == "cuda"  # the spelling torch accepts
torch.zeros(2).to("gpu")
