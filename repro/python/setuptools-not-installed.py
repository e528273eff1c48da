# errfix-repro: expects=python/setuptools-not-installed
"""A setup.py run (or a `--no-build-isolation` build) with an interpreter whose environment has no
setuptools: venvs made by Python >= 3.12 (and `venv --without-pip`, uv venvs) no longer include it."""

import subprocess
import sys
from pathlib import Path

subprocess.check_call([sys.executable, "-m", "venv", "--without-pip", "fresh"])
Path("setup.py").write_text("from setuptools import setup\nsetup(name='demo', version='0.1')\n")
python = str(Path("fresh/bin/python").absolute())
sys.exit(subprocess.call([python, "setup.py", "develop"]))
