# errfix-repro: expects=python/pip-build-wheel-failed
# errfix-repro: requires=pip,setuptools
# errfix-repro: matrix=py3.11 pip==22.3.1 setuptools<70
"""A C extension fails to compile during `pip install`. pip < 23.1 without the `wheel` package fell
back to `setup.py install` and ended with `error: legacy-install-failure`; newer pip builds a wheel
and ends with its wheel-build wording. Offline: local package, no build isolation."""

import os
import subprocess
import sys
from pathlib import Path

package = Path("fastaudio")
package.mkdir()
(package / "setup.py").write_text(
    "from setuptools import Extension, setup\n"
    "setup(name='fastaudio', version='0.1',\n"
    "      ext_modules=[Extension('fastaudio._native', ['native.c'])])\n"
)
(package / "native.c").write_text("#include <Python.h>\n#include <sndfile.h>\n")
env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
command = [
    sys.executable,
    "-m",
    "pip",
    "install",
    "--isolated",
    "--no-index",
    "--disable-pip-version-check",
    "--no-build-isolation",
    "./fastaudio",
]
sys.exit(subprocess.call(command, env=env))
