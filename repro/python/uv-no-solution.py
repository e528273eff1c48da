# errfix-repro: expects=python/uv-no-solution
# errfix-repro: requires=uv
"""uv's resolver finds no set of versions satisfying all requirements: two packages pin different
versions of a shared dependency. Offline: four tiny wheels written to a local directory."""

import subprocess
import sys
import zipfile
from pathlib import Path

import uv


def wheel(name: str, version: str, requires: tuple[str, ...] = ()) -> None:
    with zipfile.ZipFile(f"{name}-{version}-py3-none-any.whl", "w") as whl:
        whl.writestr(f"{name}.py", "")
        meta = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
        meta += "".join(f"Requires-Dist: {req}\n" for req in requires)
        whl.writestr(f"{name}-{version}.dist-info/METADATA", meta)
        whl.writestr(
            f"{name}-{version}.dist-info/WHEEL",
            "Wheel-Version: 1.0\nGenerator: errfix\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
        )
        whl.writestr(f"{name}-{version}.dist-info/RECORD", "")


wheel("trainkit", "1.0", ("tensorlib==1.0",))
wheel("servekit", "1.0", ("tensorlib==2.0",))
wheel("tensorlib", "1.0")
wheel("tensorlib", "2.0")
binary = uv.find_uv_bin()
subprocess.check_call([binary, "venv", "--quiet", "--python", sys.executable, "target"])
command = [binary, "pip", "install", "--python", str(Path("target/bin/python").absolute()), "--offline"]
command += ["--no-index", "--find-links", ".", "--no-config", "trainkit", "servekit"]
sys.exit(subprocess.call(command))
