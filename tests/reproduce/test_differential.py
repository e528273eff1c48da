"""Differential proofs: a migration fix must compute what the original code computed.

For every snippet under `differential/<fixer-id>/` (old-library code that ends with a `result`):
the fixer is run the way the server runs it; a declined snippet is listed with the fixer's reason
(allowed, unless the file name says it must be fixed); a fixed one is run three times —
the original on the old library, the fixed code on the old library, the fixed code on the new one —
and the first two must describe equal results (values, dtypes, index, columns, names). The fixed code
on the new library must give the same values and dtypes too, apart from differences the library
upgrade itself makes for every program (pandas 3 stores strings as `str`, not `object`).

A `*_declined.py` snippet must be declined; `*_fixed.py` or any other name may go either way, but
a fix that computes something else fails, whatever the name.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from errfix_lsp.fixers import run_fixer
from errfix_lsp.fixers.base import Fix, FixRequest
from errfix_lsp.venvs import VenvError, VersionSet, ensure_venv
from tests.conftest import require

pytestmark = [pytest.mark.repro, pytest.mark.timeout(1800)]

HERE = Path(__file__).resolve().parent / "differential"
DESCRIBE = HERE / "describe.py"
OLD_LIBRARY = {
    # the last release that still had the API each fixer replaces
    "pandas-append-to-concat": "py3.10 pandas==1.5.3 numpy==1.26.4",
}
SNIPPETS = sorted(p for fixer in OLD_LIBRARY for p in (HERE / fixer).glob("*.py"))


def _error_line(source: str) -> int:
    """The line the old library's error would point at: the first `.append(` call (1-based)."""
    for number, text in enumerate(source.splitlines(), 1):
        if ".append(" in text and not text.lstrip().startswith("#"):
            return number
    return 1


def _describe(python: str, source: str, tmp: Path, name: str) -> dict:
    path = tmp / f"{name}.py"
    path.write_text(source, encoding="utf-8")
    done = subprocess.run(
        [python, str(DESCRIBE), str(path)], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _upgrade_neutral(described: dict) -> dict:
    """What stays comparable across the library upgrade: pandas 3's `str` dtype is `object` before."""
    text = json.dumps(described, sort_keys=True)
    return json.loads(text.replace('"str"', '"object"'))


@pytest.fixture(scope="module")
def old_pythons() -> dict[str, str]:
    pythons = {}
    for fixer, spec in OLD_LIBRARY.items():
        try:
            pythons[fixer] = ensure_venv(VersionSet.parse(spec), log=lambda _m: None)
        except VenvError as problem:
            require(False, f"old library for {fixer}: {problem}")
    return pythons


def test_every_fixer_has_a_corpus():
    for fixer in OLD_LIBRARY:
        assert len(list((HERE / fixer).glob("*.py"))) >= 10, fixer


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"{p.parent.name}/{p.stem}" for p in SNIPPETS])
def test_fix_computes_what_the_original_computed(snippet: Path, old_pythons, tmp_path):
    fixer = snippet.parent.name
    source = snippet.read_text(encoding="utf-8")
    result = run_fixer(fixer, FixRequest(source=source, line=_error_line(source), path=str(snippet)))
    if not isinstance(result, Fix):
        assert not snippet.stem.endswith("_fixed"), f"declined: {result.reason}"
        return
    assert not snippet.stem.endswith("_declined"), f"must be declined, got:\n{result.new_source}"
    old_python = old_pythons[fixer]
    original_old = _describe(old_python, source, tmp_path, "original_old")
    assert "error" not in original_old, f"the snippet does not run on the old library: {original_old}"
    fixed_old = _describe(old_python, result.new_source, tmp_path, "fixed_old")
    assert fixed_old == original_old, f"the fix computes something else:\n{result.new_source}"
    fixed_new = _describe(sys.executable, result.new_source, tmp_path, "fixed_new")
    assert _upgrade_neutral(fixed_new) == _upgrade_neutral(original_old), (
        f"on the new library the fixed code computes something else:\n{result.new_source}"
    )
