# errfix-repro: expects=lightning/mixed-lightning-imports
# errfix-repro: requires=torch,lightning,pytorch_lightning
"""A model built on `pytorch_lightning.LightningModule` handed to a `lightning.pytorch.Trainer`
(two packages, two LightningModule classes: e.g. a library uses one, the user's script the other)."""

import lightning.pytorch as L
import pytorch_lightning
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class Model(pytorch_lightning.LightningModule):
    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(3, 1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return nn.functional.mse_loss(self.layer(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


data = DataLoader(TensorDataset(torch.randn(8, 3), torch.randn(8, 1)), batch_size=4)
L.Trainer(max_epochs=1, logger=False, enable_progress_bar=False).fit(Model(), data)
