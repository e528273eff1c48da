# errfix-repro: expects=none
# errfix-repro: requires=torch,lightning
"""A successful Lightning run with the notices every run prints: accelerator lines, the model
summary, the few-workers warning, the litlogger tip, and the max_epochs stop line."""

import lightning.pytorch as L
import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset


class Regressor(L.LightningModule):
    def __init__(self):
        super().__init__()
        self.layer = nn.Linear(3, 1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = nn.functional.mse_loss(self.layer(x), y)
        self.log("train_loss", loss, prog_bar=True)
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_loss", nn.functional.mse_loss(self.layer(x), y))

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.1)


data = DataLoader(TensorDataset(torch.randn(8, 3), torch.randn(8, 1)), batch_size=4)
trainer = L.Trainer(max_epochs=1, default_root_dir=".", log_every_n_steps=1)
trainer.fit(Regressor(), data, data)
trainer.save_checkpoint("model.ckpt")
Regressor.load_from_checkpoint("model.ckpt")
