"""Reproduction scripts make the real library print a real error that errfix recognises.

This is what makes a KB entry `verification_tier: reproduced`: the library, installed here, prints
the wording and the entry's regex matches it, first. Every entry's recorded examples are checked on
every run (tests/kb); re-running the scripts against the live libraries is the slow part, so a run
takes a rotating slice: every non-error script, plus the scripts whose position falls in today's
slice (`ERRFIX_REPRO_SAMPLE` scripts, default 150; all of them are covered every few days). Before a
release or after upgrading a library, run them all: `ERRFIX_REPRO=all pytest tests/reproduce/test_repro_scripts.py`
(and `python scripts/kb_capture.py --matrix repro/*/*.py` for the older versions).
"""

from __future__ import annotations

import datetime
import os
from concurrent.futures import ThreadPoolExecutor

import pytest

from errfix_lsp.repro import all_scripts
from tests.conftest import ROOT, require

ALL_SCRIPTS = all_scripts(ROOT / "repro")


def todays_slice(scripts: list, size: int, day: int) -> list:
    """`size` scripts that change every day and cover the whole list in ceil(len/size) days,
    plus every non-error script (they guard against false alarms and are few)."""
    if size <= 0 or size >= len(scripts):
        return list(scripts)
    slices = -(-len(scripts) // size)
    turn = day % slices
    return [s for i, s in enumerate(scripts) if i % slices == turn or s.expects == "none"]


if os.environ.get("ERRFIX_REPRO", "").lower() == "all":
    SCRIPTS = ALL_SCRIPTS
else:
    SCRIPTS = todays_slice(
        ALL_SCRIPTS,
        int(os.environ.get("ERRFIX_REPRO_SAMPLE", "150")),
        int(os.environ.get("ERRFIX_REPRO_DAY", datetime.date.today().toordinal())),
    )
# The first test's setup runs the chosen scripts two at a time (~2.5 s of CPU each).
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


def test_the_slices_cover_every_script():
    covered = {s.path for day in range(len(ALL_SCRIPTS)) for s in todays_slice(ALL_SCRIPTS, 150, day)}
    assert covered == {s.path for s in ALL_SCRIPTS}


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
