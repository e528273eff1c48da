# errfix-repro: expects=python/setuptools-invalid-command-bdist-wheel
# errfix-repro: requires=ensurepip
"""`python setup.py bdist_wheel` with a setuptools older than 70.1 and no `wheel` package installed.

Offline: a fresh venv gets the setuptools wheel bundled with ensurepip (65.5 on Python 3.11).
"""

import ensurepip
import subprocess
import sys
from pathlib import Path

bundled = sorted((Path(ensurepip.__file__).parent / "_bundled").glob("setuptools-*.whl"))
subprocess.check_call([sys.executable, "-m", "venv", "--without-pip", "env"])
python = str(Path("env/bin/python").absolute())
subprocess.check_call(
    [
        sys.executable,
        "-m",
        "pip",
        "--isolated",
        "--disable-pip-version-check",
        "--python",
        python,
        "install",
        "--quiet",
        "--no-index",
        str(bundled[0]),
    ]
)
project = Path("project")
project.mkdir()
(project / "setup.py").write_text("from setuptools import setup\nsetup(name='project', version='0.1')\n")
sys.exit(subprocess.call([python, "setup.py", "--quiet", "bdist_wheel"], cwd=project))
