# errfix-repro: expects=python/relative-import-no-parent
# errfix-repro: requires=subprocess
"""A module of a package that uses `from .utils import x` is run as a script (`python pkg/train.py`)
instead of as a module (`python -m pkg.train`): it has no parent package.
"""

import subprocess
import sys
from pathlib import Path

Path("mypkg").mkdir()
Path("mypkg/__init__.py").write_text("")
Path("mypkg/utils.py").write_text("def seed_everything(seed):\n    return seed\n")
Path("mypkg/train.py").write_text("from .utils import seed_everything\nseed_everything(0)\n")
sys.exit(subprocess.call([sys.executable, "mypkg/train.py"]))
