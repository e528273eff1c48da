# errfix-repro: expects=python/pip-hashes-required
# errfix-repro: requires=pip
"""One requirement has a hash, another does not: hash-checking mode requires all of them.

Offline: local wheels in a --find-links folder, nothing is installed into this environment.
"""

import hashlib
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


digest = hashlib.sha256(wheel("wheels", "corelib", "1.0").read_bytes()).hexdigest()
wheel("wheels", "helper", "1.0")
Path("requirements.txt").write_text(f"corelib==1.0 --hash=sha256:{digest}\nhelper==1.0\n")
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
