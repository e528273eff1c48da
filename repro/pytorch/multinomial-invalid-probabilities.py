# errfix-repro: expects=pytorch/multinomial-invalid-probabilities
# errfix-repro: requires=torch
"""Sampling (torch.multinomial / generate(do_sample=True)) from probabilities that contain NaN."""

import torch

logits = torch.tensor([[1.0, float("nan"), 0.5]])  # e.g. an fp16 overflow upstream
probs = torch.softmax(logits, dim=-1)
torch.multinomial(probs, 1)
