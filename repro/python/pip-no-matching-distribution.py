# errfix-repro: expects=python/pip-no-matching-distribution
# errfix-repro: requires=pip
"""pip finds only a wheel built for another Python/platform (cp38, Windows): nothing installable.

Offline: a local --find-links directory instead of PyPI; the user's pip configuration is ignored.
"""
import os
import subprocess
import sys
from pathlib import Path

Path("wheels").mkdir()
Path("wheels/fastcrf-1.2.0-cp38-cp38-win_amd64.whl").write_bytes(b"")  # pip judges the filename tags
env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
command = [sys.executable, "-m", "pip", "install", "--isolated", "--no-index",
           "--disable-pip-version-check", "--find-links", "wheels", "fastcrf==1.2.0"]
sys.exit(subprocess.call(command, env=env))
