# errfix-repro: expects=lightning/pl-module-moved
# errfix-repro: requires=pytorch_lightning
"""An import path from Lightning 1.x code that 2.x moved (pytorch_lightning.core.lightning became
pytorch_lightning.core.module in 1.7 and was removed in 2.0)."""

from pytorch_lightning.core.lightning import LightningModule


class Model(LightningModule):
    pass
