# errfix-repro: expects=python/pip-cannot-uninstall-distutils
# errfix-repro: requires=pip
# errfix-repro: matrix=py3.11 pip==23.2.1
"""pip must replace a project that was installed without a RECORD of its files (distutils-style
`.egg-info` file, as `setup.py install`, Debian/conda packages or old installers leave them).

Offline: a throw-away venv without pip gets a distutils-style `oldpkg 1.0`; pip (this one, via
`--python`) is asked to install a locally built wheel of `oldpkg 2.0` from a directory.
"""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

subprocess.check_call([sys.executable, "-m", "venv", "--without-pip", "target"])
python = Path("target/bin/python").absolute()  # resolve() would follow the link to the base interpreter
site = subprocess.check_output(
    [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], text=True
).strip()
tag = f"py{sys.version_info.major}.{sys.version_info.minor}"
Path(site, f"oldpkg-1.0-{tag}.egg-info").write_text("Metadata-Version: 1.0\nName: oldpkg\nVersion: 1.0\n")
Path(site, "oldpkg.py").write_text("VERSION = '1.0'\n")

wheels = Path("wheels")
wheels.mkdir()
with zipfile.ZipFile(wheels / "oldpkg-2.0-py3-none-any.whl", "w") as whl:
    whl.writestr("oldpkg.py", "VERSION = '2.0'\n")
    whl.writestr("oldpkg-2.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: oldpkg\nVersion: 2.0\n")
    whl.writestr(
        "oldpkg-2.0.dist-info/WHEEL",
        "Wheel-Version: 1.0\nGenerator: errfix\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    )
    whl.writestr(
        "oldpkg-2.0.dist-info/RECORD",
        "oldpkg.py,,\noldpkg-2.0.dist-info/METADATA,,\noldpkg-2.0.dist-info/WHEEL,,\noldpkg-2.0.dist-info/RECORD,,\n",
    )

env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
command = [
    sys.executable,
    "-m",
    "pip",
    "--python",
    str(python),
    "install",
    "--isolated",
    "--no-index",
    "--disable-pip-version-check",
    "--find-links",
    str(wheels),
    "oldpkg==2.0",
]
sys.exit(subprocess.call(command, env=env))
