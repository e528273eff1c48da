"""Differential proofs: a migration fix must compute what the original code computed.

For every snippet under `differential/<fixer-id>/` (old-library code that ends with a `result`):
the fixer is run the way the server runs it; a declined snippet is listed with the fixer's reason
(allowed, unless the file name says it must be fixed); a fixed one is run three times —
the original on the old library, the fixed code on the old library, the fixed code on the new one —
and the first two must describe equal results (values, dtypes, index, columns, names). The fixed code
on the new library must give the same values and dtypes too, apart from differences the library
upgrade itself makes for every program (pandas 3 stores strings as `str`, not `object`, and infers
datetime64 resolutions; metrics return Python floats). Each old library's runs happen in one
`describe.py --batch` process per fixer (imports once, a fork per run), the new library's in one.

The corpus holds real call shapes from public code (first line: `# source: owner/repo/path`) and
synthetic ones (`# source: synthetic: ...`); `scripts/differential_report.py` turns it and the last
run into docs/fixers/differential.md.

A `*_declined.py` snippet must be declined; `*_fixed.py` or any other name may go either way, but
a fix that computes something else fails, whatever the name.
"""

from __future__ import annotations

import json
import math
import re
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
THIS = "this interpreter"
OLD_LIBRARY = {
    # the last release that still had the API each fixer replaces
    "pandas-append-to-concat": "py3.10 pandas==1.5.3 numpy==1.26.4",
    "pandas-iteritems": "py3.10 pandas==1.5.3 numpy==1.26.4",
    # applymap: deprecated in 2.1, removed in 3.0. 2.2 is the last release with it and already has
    # DataFrame.map/Styler.map (2.0 lacks them, so the fixed code could not run there); jinja2: Styler
    "pandas-applymap": "py3.10 pandas==2.2.3 numpy==1.26.4 jinja2",
    "numpy-removed-aliases": "py3.10 numpy==1.23.5",
    "numpy2-removed-members": "py3.10 pandas==2.0.3 numpy==1.26.4",
    "sklearn-onehot-sparse-output": "py3.10 scikit-learn==1.3.2 numpy==1.26.4",
    "sklearn-rmse": "py3.10 scikit-learn==1.5.2 numpy==1.26.4",
    # the last release with sklearn.externals.joblib (deprecated 0.21, removed 0.23)
    "sklearn-externals-joblib": "py3.8 scikit-learn==0.22.2.post1 numpy<1.24",
    "collections-abc": "py3.9",
    # PyTorch fixes: the same torch, before/after the condition that breaks the code (see below)
    **{
        fixer: THIS
        for fixer in (
            "torch-map-location-cpu",
            "torch-safe-globals",
            "torch-weights-only-false",
            "torch-strip-module-prefix",
            "torch-detach-numpy",
            "torch-dataloader-lambda",
            "torch-main-guard",
            "torch-amp-namespace",
            "torch-target-long",
            "torch-target-float",
        )
    },
}
MIN_CORPUS = {fixer: 2 for fixer, spec in OLD_LIBRARY.items() if spec == THIS}
MIN_CORPUS.update(
    {fixer: 2 for fixer in ("pandas-iteritems", "numpy-removed-aliases", "numpy2-removed-members")}
)
MIN_CORPUS.update({fixer: 3 for fixer in ("sklearn-onehot-sparse-output", "sklearn-rmse")})
MIN_CORPUS.update({fixer: 4 for fixer in ("pandas-applymap", "sklearn-externals-joblib", "collections-abc")})
# modules imported once per batch process (each snippet then runs in a fork of it)
WARM = {
    "pandas-append-to-concat": "pandas",
    "pandas-iteritems": "pandas",
    "pandas-applymap": "pandas,jinja2",
    "numpy-removed-aliases": "numpy",
    "numpy2-removed-members": "pandas",
    "sklearn-onehot-sparse-output": "sklearn.preprocessing",
    "sklearn-rmse": "sklearn.metrics",
    "sklearn-externals-joblib": "sklearn.svm,sklearn.tree,sklearn.neighbors,sklearn.linear_model",
    "collections-abc": "",
}
SNIPPETS = sorted(p for fixer in OLD_LIBRARY for p in (HERE / fixer).glob("*.py"))


def _error_line(source: str) -> int:
    """The line the old library's error would point at: a `# errfix-differential: line=N` header,
    a line ending in `# fails here`, else the first `.append(` call (1-based)."""
    header = _headers(source).get("line")
    if header:
        return int(header[0])
    for number, text in enumerate(source.splitlines(), 1):
        if text.rstrip().endswith("# fails here"):
            return number
    for number, text in enumerate(source.splitlines(), 1):
        if ".append(" in text and not text.lstrip().startswith("#"):
            return number
    return 1


def _headers(source: str) -> dict[str, list[str]]:
    """`# errfix-differential: key=value` lines of a snippet (a key may repeat)."""
    found: dict[str, list[str]] = {}
    for text in source.splitlines():
        if text.startswith("# errfix-differential:"):
            key, _, value = text.split(":", 1)[1].strip().partition("=")
            found.setdefault(key, []).append(value)
    return found


def _upgrade_neutral(described: dict) -> dict:
    """What stays comparable across the library upgrade: pandas 3's `str` dtype is `object` before,
    pandas 3 infers datetime64 resolutions (`[us]` where pandas 1.5 always had `[ns]`; the values
    are the same), and a metric that returned a NumPy float64 now returns a Python float."""
    text = json.dumps(described, sort_keys=True)
    text = re.sub(r"datetime64\[(?:s|ms|us|ns)\]", "datetime64", text)
    return _python_floats(json.loads(text.replace('"str"', '"object"')))


def _same_across_upgrade(new, old) -> bool:
    """Equal descriptions, except that a float may differ in its last bits (relative 1e-12): a
    library upgrade can reorder a sum (scikit-learn 1.9's RMSLE is 0.19932416558108, 1.5's
    0.1993241655810799). The fix itself is held to exact equality on the old library."""
    if isinstance(new, dict) and isinstance(old, dict):
        return new.keys() == old.keys() and all(_same_across_upgrade(new[k], old[k]) for k in new)
    if isinstance(new, list) and isinstance(old, list):
        return len(new) == len(old) and all(_same_across_upgrade(a, b) for a, b in zip(new, old, strict=True))
    if isinstance(new, str) and isinstance(old, str) and new != old:
        if not (_FLOAT_REPR.fullmatch(new) and _FLOAT_REPR.fullmatch(old)):
            return False  # `1` against `1.0` is a type change, not rounding
        return math.isclose(float(new), float(old), rel_tol=1e-12, abs_tol=0.0)
    return new == old


_FLOAT_REPR = re.compile(r"-?\d+\.\d*(?:e[-+]?\d+)?|-?\d+e[-+]?\d+")


def _python_floats(described):
    if isinstance(described, dict):
        if described.get("type") == "scalar" and described.get("dtype") == "float64":
            return {"type": "float", "repr": described["repr"]}
        return {key: _python_floats(value) for key, value in described.items()}
    if isinstance(described, list):
        return [_python_floats(value) for value in described]
    return described


@pytest.fixture(scope="module")
def old_pythons() -> dict[str, str]:
    pythons = {}
    for fixer, spec in OLD_LIBRARY.items():
        if spec == THIS:
            pythons[fixer] = sys.executable
            continue
        try:
            pythons[fixer] = ensure_venv(VersionSet.parse(spec), log=lambda _m: None)
        except VenvError as problem:
            require(False, f"old library for {fixer}: {problem}")
    return pythons


def test_every_fixer_has_a_corpus():
    for fixer in OLD_LIBRARY:
        assert len(list((HERE / fixer).glob("*.py"))) >= MIN_CORPUS.get(fixer, 10), fixer


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[f"{p.parent.name}/{p.stem}" for p in SNIPPETS])
def test_fix_computes_what_the_original_computed(snippet: Path, request, tmp_path):
    fixture = request.getfixturevalue  # each kind of old library is built only when needed
    fixer = snippet.parent.name
    source = snippet.read_text(encoding="utf-8")
    captures = json.loads(_headers(source).get("captures", ["{}"])[0])
    asked = FixRequest(source=source, captures=captures, line=_error_line(source), path=str(snippet))
    result = run_fixer(fixer, asked)
    if not isinstance(result, Fix):
        assert not snippet.stem.endswith("_fixed"), f"declined: {result.reason}"
        return
    assert not snippet.stem.endswith("_declined"), f"must be declined, got:\n{result.new_source}"
    if OLD_LIBRARY[fixer] == THIS:
        _same_library(fixture("same_library_runs"), snippet, result.new_source)
        return
    runs = fixture("old_library_runs")
    key = f"{fixer}/{snippet.stem}"
    original_old, fixed_old, fixed_new = (runs[(key, run)] for run in _OLD_LIBRARY_RUNS)
    assert "error" not in original_old, f"the snippet does not run on the old library: {original_old}"
    assert fixed_old == original_old, f"the fix computes something else:\n{result.new_source}\n{fixed_old}"
    assert _same_across_upgrade(_upgrade_neutral(fixed_new), _upgrade_neutral(original_old)), (
        f"on the new library the fixed code computes something else:\n{result.new_source}\n{fixed_new}"
    )


_OLD_LIBRARY_RUNS = ("original_old", "fixed_old", "fixed_new")


def _batch(python: str, warm: str, jobs: list[dict], timeout: int = 900) -> dict[tuple[str, str], dict]:
    """Run `jobs` in one `describe.py --batch` process of `python` (the `warm` modules imported
    once, each job in a fork of it): a process per snippet cost ~2 s of imports each."""
    done = subprocess.run(
        [python, str(DESCRIBE), "--batch", "--warm", warm],
        input="".join(json.dumps(job) + "\n" for job in jobs),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answers = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {tuple(a["id"].rsplit("/", 1)): a["out"] for a in answers}  # type: ignore[misc]


@pytest.fixture(scope="module")
def old_library_runs(old_pythons, tmp_path_factory) -> dict[tuple[str, str], dict]:
    """For every fixed snippet of an old-library fixer: the original and the fixed code on the old
    library (one batch process per fixer), and the fixed code on this one (one batch for all)."""
    tmp = tmp_path_factory.mktemp("old_library")
    runs: dict[tuple[str, str], dict] = {}
    new_jobs: list[dict] = []
    for fixer, spec in OLD_LIBRARY.items():
        if spec == THIS:
            continue
        old_jobs = []
        for snippet in sorted((HERE / fixer).glob("*.py")):
            source = snippet.read_text(encoding="utf-8")
            captures = json.loads(_headers(source).get("captures", ["{}"])[0])
            asked = FixRequest(source=source, captures=captures, line=_error_line(source), path=str(snippet))
            result = run_fixer(fixer, asked)
            if not isinstance(result, Fix) or result.new_source is None:
                continue
            for run, text in zip(
                _OLD_LIBRARY_RUNS, (source, result.new_source, result.new_source), strict=True
            ):
                path = tmp / f"{fixer}-{snippet.stem}-{run}.py"
                path.write_text(text, encoding="utf-8")
                job = {"id": f"{fixer}/{snippet.stem}/{run}", "path": str(path), "env": {}, "main": False}
                (new_jobs if run == "fixed_new" else old_jobs).append(job)
        if old_jobs:
            runs.update(_batch(old_pythons[fixer], WARM.get(fixer, ""), old_jobs))
    warm_here = ",".join(sorted({m for spec in WARM.values() for m in spec.split(",") if m}))
    runs.update(_batch(sys.executable, warm_here, new_jobs))
    return runs


_SAME_LIBRARY_RUNS = ("original_before", "original_after", "fixed_after")


@pytest.fixture(scope="module")
def same_library_runs(tmp_path_factory) -> dict[tuple[str, str], dict]:
    """Every run of every fixed same-library snippet, in one `describe.py --batch` process: torch
    is imported once and each run forks from it (100 separate imports took 9 minutes on the
    shared 2-core machine)."""
    tmp = tmp_path_factory.mktemp("same_library")
    jobs = []
    for snippet in SNIPPETS:
        fixer = snippet.parent.name
        if OLD_LIBRARY[fixer] != THIS:
            continue
        source = snippet.read_text(encoding="utf-8")
        headers = _headers(source)
        captures = json.loads(headers.get("captures", ["{}"])[0])
        request = FixRequest(source=source, captures=captures, line=_error_line(source), path=str(snippet))
        result = run_fixer(fixer, request)
        if not isinstance(result, Fix) or result.new_source is None:
            continue
        before = {"ERRFIX_DIFFERENTIAL": "before"}
        before.update(dict(item.split("=", 1) for item in headers.get("before-env", [])))
        after = {"ERRFIX_DIFFERENTIAL": "after"}
        for run, text, env in zip(
            _SAME_LIBRARY_RUNS, (source, source, result.new_source), (before, after, after), strict=True
        ):
            path = tmp / f"{fixer}-{snippet.stem}-{run}.py"
            path.write_text(text, encoding="utf-8")
            job = {
                "id": f"{fixer}/{snippet.stem}/{run}",
                "path": str(path),
                "env": env,
                "main": "main" in headers,
            }
            jobs.append(job)
    done = subprocess.run(
        [sys.executable, str(DESCRIBE), "--batch"],
        input="".join(json.dumps(job) + "\n" for job in jobs),
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    answers = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    return {tuple(a["id"].rsplit("/", 1)): a["out"] for a in answers}  # type: ignore[misc]


def _same_library(runs: dict, snippet: Path, fixed: str) -> None:
    """A fix whose "old library" is this one: the snippet reads ERRFIX_DIFFERENTIAL to run the
    code path that worked ("before": the checkpoint from CPU tensors, torch's pre-2.6 default via
    `before-env=TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD=1`, int64 labels, no grad...) or the one that
    breaks ("after"). The original must work before and (unless `after-fails=no`) fail after; the
    fixed code, after, must describe what the original described before."""
    key = f"{snippet.parent.name}/{snippet.stem}"
    original, broken, repaired = (runs[(key, run)] for run in _SAME_LIBRARY_RUNS)
    assert "error" not in original, f"the snippet's working path fails: {original}"
    headers = _headers(snippet.read_text(encoding="utf-8"))
    if headers.get("after-fails", ["yes"])[0] != "no":
        assert "error" in broken, f"the snippet does not reproduce the error: {broken}"
    assert repaired == original, f"the fix computes something else:\n{fixed}\n{repaired}\n!=\n{original}"
