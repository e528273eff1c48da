# errfix-repro: expects=python/pip-build-wheel-failed
# errfix-repro: requires=pip,setuptools
"""pip builds a C extension from source and the compiler cannot find a system library's header.

Offline: a local package (no build isolation, so no download of setuptools); user pip config ignored.
"""
import os
import subprocess
import sys
from pathlib import Path

package = Path("pyaudiolite")
package.mkdir()
(package / "setup.py").write_text(
    "from setuptools import Extension, setup\n"
    "setup(name='pyaudiolite', version='0.1',\n"
    "      ext_modules=[Extension('pyaudiolite._audio', ['audio.c'])])\n"
)
(package / "audio.c").write_text("#include <Python.h>\n#include <portaudio.h>\n")
env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
command = [sys.executable, "-m", "pip", "install", "--isolated", "--no-index",
           "--disable-pip-version-check", "--no-build-isolation", "./pyaudiolite"]
sys.exit(subprocess.call(command, env=env))
