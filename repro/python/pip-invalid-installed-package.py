# errfix-repro: expects=python/pip-invalid-installed-package
# errfix-repro: requires=pip
# errfix-repro: matrix=py3.11 pip==24.2
"""pip >= 24.1 cannot process an installed distribution whose version is not PEP 440 (Debian/Ubuntu
`python3-*` packages such as distro-info 0.23ubuntu1 or python-debian 0.1.36ubuntu1, old setup.py
installs). Offline: a throw-away venv without pip gets such a dist-info; pip (via `--python`) is
asked to install a local wheel that depends on it."""

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
info = Path(site, "distro_info-0.23ubuntu1.dist-info")
info.mkdir()
(info / "METADATA").write_text("Metadata-Version: 2.1\nName: distro-info\nVersion: 0.23ubuntu1\n")
(info / "INSTALLER").write_text("debian\n")

wheel = Path("releasetool-1.0-py3-none-any.whl")
with zipfile.ZipFile(wheel, "w") as whl:
    whl.writestr("releasetool.py", "")
    whl.writestr(
        "releasetool-1.0.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: releasetool\nVersion: 1.0\nRequires-Dist: distro-info>=0.1\n",
    )
    whl.writestr(
        "releasetool-1.0.dist-info/WHEEL",
        "Wheel-Version: 1.0\nGenerator: errfix\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    )
    whl.writestr("releasetool-1.0.dist-info/RECORD", "")
env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
command = [sys.executable, "-m", "pip", "--python", str(python), "install", "--isolated", "--no-index"]
command += ["--dry-run", "--disable-pip-version-check", str(wheel.absolute())]
sys.exit(subprocess.call(command, env=env))
