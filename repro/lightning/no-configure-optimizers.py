# errfix-repro: expects=lightning/no-configure-optimizers
# errfix-repro: requires=torch,pytorch_lightning
"""A LightningModule without configure_optimizers passed to Trainer.fit."""

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


class Model(pl.LightningModule):
    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(3, 1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.mse_loss(self.layer(x), y)


trainer().fit(Model(), loader())
