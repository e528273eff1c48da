# errfix-repro: expects=transformers/safetensors-shared-tensors
# errfix-repro: requires=safetensors,torch
"""Saving a state dict with tied weights through safetensors.torch.save_file."""

import torch
from safetensors.torch import save_file


class TiedLM(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = torch.nn.Embedding(10, 4)
        self.lm_head = torch.nn.Linear(4, 10, bias=False)
        self.lm_head.weight = self.embed.weight  # tied input/output embeddings


save_file(TiedLM().state_dict(), "model.safetensors")
