# errfix-repro: expects=python/venv-without-pip
# errfix-repro: requires=venv
"""A virtual environment created without pip (what a venv made while ensurepip is missing holds)."""
import subprocess
import sys
import venv
from pathlib import Path

venv.create("env", with_pip=False)
python = Path("env") / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
sys.exit(subprocess.call([str(python.resolve()), "-m", "pip", "install", "numpy"]))
