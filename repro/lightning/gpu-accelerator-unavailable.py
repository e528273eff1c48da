# errfix-repro: expects=lightning/gpu-accelerator-unavailable
# errfix-repro: requires=torch,pytorch_lightning
# errfix-repro: matrix=pytorch_lightning==1.9.5 setuptools==69.5.1 inherit
"""Trainer(accelerator="gpu") on a machine where torch sees no CUDA GPU (CPU-only torch, no driver)."""

import pytorch_lightning as pl
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


def loader():
    return DataLoader(TensorDataset(torch.randn(8, 3), torch.randn(8, 1)), batch_size=4)


class Regressor(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(3, 1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.mse_loss(self.layer(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


def trainer(**kwargs):
    quiet = dict(max_epochs=1, logger=False, enable_progress_bar=False, enable_model_summary=False)
    return pl.Trainer(**{"enable_checkpointing": False, **quiet, **kwargs})


trainer(accelerator="gpu", devices=1).fit(Regressor(), loader())
