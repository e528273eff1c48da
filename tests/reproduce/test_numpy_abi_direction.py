"""The dtype-size message with a real old wheel: pandas 1.5.3 (built for NumPy 1.x) under NumPy 2.

Runs in a cached uv venv (errfix_lsp/venvs.py; ~45 MB downloaded once per machine, then about two
seconds). Pins the direction kb/numpy/dtype-size-changed.json states: under NumPy 2 the module
expects the 96-byte NumPy 1.x dtype and finds 88, and going back to numpy<2 makes it import.
"""

import subprocess

import pytest

from errfix_lsp.venvs import VenvError, VersionSet, ensure_venv
from tests.conftest import require


def _python(line: str) -> str:
    try:
        return ensure_venv(VersionSet.parse(line), log=lambda _m: None)
    except VenvError as problem:  # no network or no Python 3.11 here
        require(False, str(problem))
        raise


@pytest.mark.repro
@pytest.mark.timeout(900)
def test_numpy1_build_under_numpy2_says_expected_96_got_88_and_numpy_below_2_fixes_it(engine):
    python = _python("py3.11 pandas==1.5.3 numpy==2.0.2")
    done = subprocess.run([python, "-c", "import pandas"], capture_output=True, text=True, timeout=300)
    assert done.returncode != 0
    assert (
        "numpy.dtype size changed, may indicate binary incompatibility. Expected 96 from C header, got 88"
        in (done.stderr)
    )
    known = [event for event in engine.explain(done.stderr) if event.matches]
    assert known[-1].matches[0].entry.id == "numpy/dtype-size-changed"
    fixed = _python("py3.11 pandas==1.5.3 numpy<2")
    assert subprocess.run([fixed, "-c", "import pandas"], capture_output=True, timeout=300).returncode == 0
