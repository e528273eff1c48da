# errfix-repro: expects=lightning/gpu-accelerator-unavailable
# errfix-repro: requires=lightning
"""Trainer(accelerator="cuda") on a machine where torch sees no CUDA GPU."""

import lightning.pytorch as L

L.Trainer(accelerator="cuda", devices=1, logger=False)
