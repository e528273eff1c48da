"""Cached virtualenvs for running reproduction scripts against other library versions.

A version set is written as one line, e.g. ``py3.10 tensorflow==2.10.1 numpy<2``: an optional
``pyX.Y`` (a Python that pyenv installed on this machine) and pip requirements. The word ``inherit``
makes a venv on this interpreter's Python that falls back to this environment's packages (its own
installs win) and installs the listed requirements without their dependencies: the way to try
``transformers==4.46.3`` against the torch already here instead of downloading another torch.

Each set gets one venv under ``$ERRFIX_VENV_CACHE`` (default ``~/.cache/errfix-venvs``), keyed
by the line itself, built once with `uv` and reused; a venv whose install failed is rebuilt on the
next call, never reused half made.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

_READY = "errfix-ready.json"


class VenvError(RuntimeError):
    """A version set that cannot be installed here (no such Python, no wheel, resolver conflict)."""


@dataclass(frozen=True)
class VersionSet:
    python: str | None  # "3.10", or None for this interpreter's version
    requirements: tuple[str, ...]
    inherit: bool = False

    @classmethod
    def parse(cls, line: str) -> VersionSet:
        words = line.split()
        python = None
        if words and words[0].startswith("py") and words[0][2:3].isdigit():
            python = words.pop(0)[2:]
        inherit = "inherit" in words
        words = [word for word in words if word != "inherit"]
        if not words and python is None:
            raise VenvError(f"version set {line!r} names neither a Python nor a requirement")
        if inherit and python not in (None, f"{sys.version_info[0]}.{sys.version_info[1]}"):
            raise VenvError(f"version set {line!r}: inherit needs this interpreter's Python")
        return cls(python, tuple(words), inherit)

    def key(self) -> str:
        text = f"{self.python or ''}|{' '.join(sorted(self.requirements))}|{self.inherit}"
        return hashlib.sha256(text.encode()).hexdigest()[:16]

    def __str__(self) -> str:
        words = ([f"py{self.python}"] if self.python else []) + list(self.requirements)
        return " ".join(words + (["inherit"] if self.inherit else []))


def cache_dir() -> Path:
    return Path(os.environ.get("ERRFIX_VENV_CACHE", Path.home() / ".cache" / "errfix-venvs"))


def find_python(version: str | None) -> str:
    """The interpreter for `version` ("3.10"): pyenv's installs first, then PATH."""
    if version is None:
        return sys.executable
    pyenv_root = Path(os.environ.get("PYENV_ROOT", Path.home() / ".pyenv")) / "versions"
    candidates = sorted(pyenv_root.glob(f"{version}.*/bin/python{version}"), reverse=True)
    if candidates:
        return str(candidates[0])
    found = shutil.which(f"python{version}")
    if found:
        return found
    raise VenvError(f"no Python {version} on this machine (pyenv versions lists what is installed)")


def _uv() -> str:
    found = shutil.which("uv") or str(Path(sys.executable).with_name("uv"))
    if not Path(found).exists():
        raise VenvError("uv is not installed (pip install uv; it is in the [test] extra)")
    return found


def ensure_venv(spec: VersionSet, log=print) -> str:
    """Path of the venv's python for `spec`, building the venv the first time."""
    root = cache_dir() / spec.key()
    python = root / "bin" / "python"
    if (root / _READY).is_file() and python.exists():
        return str(python)
    if root.exists():
        shutil.rmtree(root)
    root.parent.mkdir(parents=True, exist_ok=True)
    log(f"building venv for '{spec}' in {root} (once; cached afterwards)")
    uv = _uv()
    base = sys.executable if spec.inherit else find_python(spec.python)
    install = [uv, "pip", "install", "--quiet", "--python", str(python)]
    steps = [
        [uv, "venv", "--quiet", "--python", base, str(root)],
    ]
    if spec.requirements:
        steps.append([*install, *(["--no-deps"] if spec.inherit else []), *spec.requirements])
    for number, step in enumerate(steps):
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            shutil.rmtree(root, ignore_errors=True)
            raise VenvError(f"'{spec}': {' '.join(step[:3])} failed:\n{done.stderr[-3000:]}")
        if number == 0 and spec.inherit:
            _inherit(python)
    (root / _READY).write_text(json.dumps({"spec": str(spec)}), encoding="utf-8")
    return str(python)


def _inherit(python: Path) -> None:
    """Let the new venv see this environment's packages after its own (a .pth line is appended to
    sys.path, so what the venv installs itself shadows them)."""
    import sysconfig

    here = sysconfig.get_paths()["purelib"]
    code = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    done = subprocess.run([str(python), "-c", code], capture_output=True, text=True, check=True)
    Path(done.stdout.strip(), "errfix-inherit.pth").write_text(here + "\n", encoding="utf-8")


def installed_versions(python: str, names: list[str]) -> str:
    """'numpy 1.26.4, pandas 1.5.3, Python 3.10' as reported by `python` itself."""
    code = (
        "import sys\n"
        "try:\n    from importlib.metadata import version\n"  # Python 3.8+
        "except ImportError:\n"
        "    import pkg_resources\n"
        "    def version(name): return pkg_resources.get_distribution(name).version\n"
        "out = []\n"
        "for n in sys.argv[1:]:\n"
        "    for d in (n, n + '-cpu', n + '-gpu'):\n"  # tensorflow is often installed as tensorflow-cpu
        "        try:\n            out.append(d + ' ' + version(d)); break\n"
        "        except Exception: pass\n"
        "    else: out.append(n)\n"
        "out.append('Python %d.%d' % sys.version_info[:2])\nprint(', '.join(out))\n"
    )
    done = subprocess.run([python, "-c", code, *names], capture_output=True, text=True, check=False)
    return done.stdout.strip() or f"Python ({python})"
