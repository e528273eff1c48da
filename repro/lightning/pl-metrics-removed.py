# errfix-repro: expects=lightning/pl-metrics-removed
# errfix-repro: requires=pytorch_lightning
# errfix-repro: matrix=pytorch_lightning==1.9.5 setuptools==69.5.1 inherit
"""pytorch_lightning.metrics, moved to the torchmetrics package in 1.3 and removed in 1.5."""

from pytorch_lightning.metrics import Accuracy

accuracy = Accuracy()
