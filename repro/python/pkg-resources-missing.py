# errfix-repro: expects=python/pkg-resources-missing
# errfix-repro: requires=venv
"""Old code (or an old package) imports pkg_resources in an environment without setuptools:
venvs made by Python >= 3.12 or uv, slim images, and setuptools >= 81 which no longer ships it.
"""

import subprocess
import sys
from pathlib import Path

subprocess.check_call([sys.executable, "-m", "venv", "--without-pip", "env"])
python = str(Path("env/bin/python").absolute())
code = "import pkg_resources\nprint(pkg_resources.get_distribution('numpy').version)\n"
Path("train.py").write_text(code)
sys.exit(subprocess.call([python, "train.py"]))
