"""The release artifacts: sdist and wheel build with `build`, pass `twine check`, and the wheel
installed in a fresh virtualenv (no checkout on the path) explains the bundled example with the
whole KB shipped inside it. This is what `pip install errfix-lsp` will give a newcomer."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from errfix_lsp.kb.load import load_kb
from tests.conftest import ROOT, require

pytestmark = pytest.mark.timeout(900)


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    require(_importable("build") and _importable("twine"), "build and twine are installed ([test] extra)")
    out = tmp_path_factory.mktemp("dist")
    built = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)], capture_output=True, text=True
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    return out


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def test_twine_accepts_both_artifacts(dist):
    files = sorted(dist.iterdir())
    assert sorted(f.suffix for f in files) == [".gz", ".whl"]
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", *map(str, files)], capture_output=True, text=True
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_installed_wheel_works_without_the_checkout(dist, tmp_path):
    uv = shutil.which("uv") or str(Path(sys.executable).with_name("uv"))
    require(Path(uv).exists(), "uv is installed ([test] extra)")
    venv = tmp_path / "venv"
    subprocess.run([uv, "venv", "--quiet", "--python", sys.executable, str(venv)], check=True)
    wheel = next(dist.glob("*.whl"))
    installed = subprocess.run(
        [uv, "pip", "install", "--quiet", "--python", str(venv / "bin" / "python"), str(wheel)],
        capture_output=True,
        text=True,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    errfix = venv / "bin" / "errfix"
    example = tmp_path / "run.txt"  # outside the checkout
    example.write_bytes((ROOT / "examples" / "keras_custom_layer.txt").read_bytes())
    shown = subprocess.run(
        [str(errfix), "explain", "--json", str(example)], cwd=tmp_path, capture_output=True, text=True
    )
    assert shown.returncode == 0, shown.stderr
    ids = [m["id"] for e in json.loads(shown.stdout)["events"] for m in e["matches"][:1]]
    assert "tensorflow/keras-model-save-custom-layer" in ids
    validated = subprocess.run([str(errfix), "kb", "validate"], cwd=tmp_path, capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout[-2000:]
    assert f"ok: {len(load_kb().entries)} entries" in validated.stderr  # the whole KB is in the wheel
    where = subprocess.run(
        [str(venv / "bin" / "python"), "-c", "import errfix_lsp; print(errfix_lsp.__file__)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert str(venv) in where.stdout  # not the checkout
