# errfix-repro: expects=pytorch/distribution-invalid-parameter
# errfix-repro: requires=torch
"""A torch.distributions object built from NaN parameters (diverged policy/VAE)."""

import torch

mean = torch.tensor([0.0, float("nan")])
torch.distributions.Normal(mean, torch.ones(2))
