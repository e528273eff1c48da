# errfix-repro: expects=pytorch/shape-invalid-for-input-size
# errfix-repro: requires=torch
"""A hard-coded flatten size that no longer matches the feature map."""
import torch

features = torch.randn(10, 4, 5, 5)  # 1000 elements
flat = features.view(-1, 16 * 5 * 5)
