"""Every reproduction script makes the real library print a real error that errfix recognises.

This is what makes a KB entry `verification_tier: reproduced`: the library, installed here, prints
the wording and the entry's regex matches it, first.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest

from errfix_lsp.repro import all_scripts
from tests.conftest import ROOT, require

SCRIPTS = all_scripts(ROOT / "repro")
# The first test's setup runs every script (two at a time): ~5 minutes of CPU for 120+ scripts.
pytestmark = pytest.mark.timeout(2700)


@pytest.fixture(scope="module")
def outputs():
    """Run every runnable script once, two at a time (CI has two cores)."""
    runnable = [s for s in SCRIPTS if not s.missing()]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda s: s.run(), runnable))
    return {script.path: result for script, result in zip(runnable, results, strict=True)}


def test_there_are_scripts():
    assert len(SCRIPTS) >= 1


@pytest.mark.repro
@pytest.mark.parametrize("script", SCRIPTS, ids=[str(s.path.relative_to(ROOT)) for s in SCRIPTS])
def test_script_output_matches_expected_entry(script, outputs, engine):
    require(not script.missing(), f"{script.path.name} needs {', '.join(script.missing())}")
    code, output = outputs[script.path]
    if script.expects == "none":
        # A non-error run: noisy but successful output (TF/CUDA notices, training logs, pip chatter).
        assert code == 0, f"{script.path.name} should succeed\n{output[-2000:]}"
        matched = [(i.key_block.text, i.matches[0].entry.id) for i in engine.explain(output) if i.matches]
        assert matched == [], f"false alarms on non-error output: {matched}"
        return
    assert engine.kb.get(script.expects) is not None, f"no KB entry {script.expects}"
    assert code != 0, f"{script.path.name} exited 0; it must end with the real error\n{output[-2000:]}"
    explained = engine.explain(output)
    tops = [item.matches[0].entry.id for item in explained if item.matches]
    assert script.expects in tops, f"top matches {tops}; output tail:\n{output[-3000:]}"
    # The expected entry must be the best match of the event that ended the program.
    last_known = [item for item in explained if item.matches][-1]
    assert last_known.matches[0].entry.id == script.expects, (
        f"last error recognised as {last_known.matches[0].entry.id}"
    )
