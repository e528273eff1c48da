# errfix-repro: expects=lightning/ddp-interactive-environment
# errfix-repro: requires=lightning
"""Trainer(strategy="ddp") in a Jupyter/IPython session. An interactive interpreter is what Lightning
detects (sys.ps1 is set there); this script sets it as a notebook kernel does, before the import."""

import sys

sys.ps1 = ">>> "
import lightning.pytorch as L  # noqa: E402

L.Trainer(strategy="ddp", accelerator="cpu", devices=2, logger=False)
