# errfix-repro: expects=lightning/tensorboard-not-installed
# errfix-repro: requires=torch,pytorch_lightning
"""TensorBoardLogger without tensorboard installed. Where tensorboard/tensorboardX are installed,
the import machinery is told they are missing (as in a slim `pip install lightning`)."""

import sys

sys.modules["tensorboard"] = None
sys.modules["tensorboardX"] = None
from pytorch_lightning.loggers import TensorBoardLogger  # noqa: E402

TensorBoardLogger("logs")
