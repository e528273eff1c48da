# errfix-repro: expects=python/pip-invalid-metadata
# errfix-repro: requires=pip
# errfix-repro: matrix=py3.11 pip==24.2
"""pip >= 24.1 validates dependency metadata strictly (packaging 22+): an old wheel whose
Requires-Dist uses a legacy specifier (`torch (>=1.5.*)`, `>=1.0.*`) or a non-PEP 440 version is
rejected. Offline: a locally written wheel with such a Requires-Dist line."""

import os
import subprocess
import sys
import zipfile
from pathlib import Path

wheel = Path("oldmeta-1.0-py3-none-any.whl")
with zipfile.ZipFile(wheel, "w") as whl:
    whl.writestr("oldmeta.py", "")
    whl.writestr(
        "oldmeta-1.0.dist-info/METADATA",
        "Metadata-Version: 2.1\nName: oldmeta\nVersion: 1.0\nRequires-Dist: numpy (>=1.5.*)\n",
    )
    whl.writestr(
        "oldmeta-1.0.dist-info/WHEEL",
        "Wheel-Version: 1.0\nGenerator: errfix\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    )
    whl.writestr("oldmeta-1.0.dist-info/RECORD", "")
env = {name: value for name, value in os.environ.items() if not name.startswith("PIP_")}
command = [
    sys.executable,
    "-m",
    "pip",
    "install",
    "--isolated",
    "--no-index",
    "--dry-run",
    "--disable-pip-version-check",
    str(wheel),
]
sys.exit(subprocess.call(command, env=env))
