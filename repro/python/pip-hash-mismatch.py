# errfix-repro: expects=python/pip-hash-mismatch
# errfix-repro: requires=pip
"""A requirements file pins a hash that the downloaded file does not have.

Offline: local wheels in a --find-links folder, nothing is installed into this environment.
"""

import os
import subprocess
import sys
import zipfile
from pathlib import Path


def wheel(folder, name, version, requires=(), python_requires=None):
    """A minimal valid pure-Python wheel (metadata only) in `folder`."""
    folder = Path(folder)
    folder.mkdir(exist_ok=True)
    info = f"{name}-{version}.dist-info"
    meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    meta += "".join(f"Requires-Dist: {r}\n" for r in requires)
    if python_requires:
        meta += f"Requires-Python: {python_requires}\n"
    wheel_file = "Wheel-Version: 1.0\nGenerator: repro\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    files = {f"{name}/__init__.py": "", f"{info}/METADATA": meta, f"{info}/WHEEL": wheel_file}
    files[f"{info}/RECORD"] = "".join(f"{p},,\n" for p in files) + f"{info}/RECORD,,\n"
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for member, text in files.items():
            archive.writestr(member, text)
    return path


def pip(*args):
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    command = [sys.executable, "-m", "pip", "--isolated", "--disable-pip-version-check", *args]
    return subprocess.call(command, env=env)


wheel("wheels", "corelib", "1.0")
Path("requirements.txt").write_text("corelib==1.0 --hash=sha256:" + "0" * 64 + "\n")
sys.exit(
    pip(
        "install",
        "--dry-run",
        "--ignore-installed",
        "--no-index",
        "--find-links",
        "wheels",
        "-r",
        "requirements.txt",
    )
)
