"""Reproduction scripts: small programs under `repro/` that make a real library print a real error.

Each script declares in header comments what it proves:

    # errfix-repro: expects=torch/device-mismatch
    # errfix-repro: requires=torch
    # errfix-repro: env=KERAS_BACKEND=numpy
    # errfix-repro: matrix=py3.10 numpy==1.26.4 pandas==1.5.3     (one line per other version set)

The test tier runs them and checks that errfix recognises the output as the expected entry; the
capture tool turns their output into an entry's `examples`.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import regex

_HEADER = regex.compile(r"^#\s*errfix-repro:\s*(?P<key>\w+)\s*=\s*(?P<value>.*?)\s*$", regex.M)
_DISTRIBUTIONS = {
    "sklearn": "scikit-learn",
    "tf_keras": "tf-keras",
    "cv2": "opencv-python",
    "yaml": "PyYAML",
    "PIL": "Pillow",
}


@dataclass
class ReproScript:
    path: Path
    expects: str
    requires: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    matrix: list[str] = field(default_factory=list)

    def missing(self) -> list[str]:
        return [name for name in self.requires if importlib.util.find_spec(name) is None]

    def versions(self) -> str:
        parts = []
        for name in self.requires:
            dist = _DISTRIBUTIONS.get(name, name)
            try:
                parts.append(f"{dist} {metadata.version(dist)}")
            except metadata.PackageNotFoundError:
                parts.append(dist)
        parts.append(f"Python {sys.version_info.major}.{sys.version_info.minor}")
        return ", ".join(parts)

    def run(self, timeout: float = 180, python: str | None = None) -> tuple[int, str]:
        """Run in a fresh temp dir with `python` (default: this interpreter); returns (exit code,
        combined stdout+stderr)."""
        env = dict(os.environ)
        env.update(self.env)
        env.setdefault("TF_CPP_MIN_LOG_LEVEL", "0")
        env["PYTHONWARNINGS"] = env.get("PYTHONWARNINGS", "default")
        with tempfile.TemporaryDirectory(prefix="errfix-repro-") as tmp:
            done = subprocess.run(
                [python or sys.executable, str(self.path.resolve())],
                cwd=tmp,
                env=env,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                timeout=timeout,
                check=False,
            )
        return done.returncode, done.stdout.decode("utf-8", errors="replace")


def read_script(path: Path) -> ReproScript | None:
    header = path.read_text(encoding="utf-8", errors="replace")[:4000]
    values: dict[str, str] = {}
    env: dict[str, str] = {}
    matrix: list[str] = []
    for match in _HEADER.finditer(header):
        if match["key"] == "matrix":
            matrix.append(match["value"])
        elif match["key"] == "env":
            name, _, value = match["value"].partition("=")
            env[name.strip()] = value.strip()
        else:
            values[match["key"]] = match["value"]
    if "expects" not in values:
        return None
    requires = [r.strip() for r in values.get("requires", "").split(",") if r.strip()]
    return ReproScript(path, values["expects"], requires, env, matrix)


def all_scripts(root: Path) -> list[ReproScript]:
    scripts = []
    for path in sorted(root.rglob("*.py")):
        script = read_script(path)
        if script is not None:
            scripts.append(script)
    return scripts
