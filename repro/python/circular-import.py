# errfix-repro: expects=python/circular-import
# errfix-repro: requires=json
"""Two modules of a project that import names from each other at import time."""
import sys
from pathlib import Path

Path("models.py").write_text("from trainer import Trainer\n\nclass Model:\n    pass\n")
Path("trainer.py").write_text("from models import Model\n\nclass Trainer:\n    pass\n")
sys.path.insert(0, str(Path.cwd()))
import models  # noqa: E402,F401
