"""The dtype-size entry reads its numbers the right way round.

"Expected X from C header, got Y from PyObject": X is the size the extension was built with, Y the
size of the NumPy that is running, and Cython raises only when Y < X. numpy.dtype is 96 bytes in
NumPy 1.x and 88 in 2.x (scripts/numpy_abi_directions.py measured it; tests/reproduce/
test_numpy_abi_direction.py reproduces the error with a real old wheel), so "Expected 96 ... got 88"
is NumPy 2 running a NumPy 1.x build: the advice is numpy<2 or a newer package, never a newer NumPy.
"""

from errfix_lsp.engine import Engine

DTYPE_96_88 = (
    "ValueError: numpy.dtype size changed, may indicate binary incompatibility. "
    "Expected 96 from C header, got 88 from PyObject"
)
NDARRAY_88_80 = (
    "ValueError: numpy.ndarray size changed, may indicate binary incompatibility. "
    "Expected 88 from C header, got 80 from PyObject"
)


def _entry(engine: Engine, text: str):
    [event] = engine.explain(text)
    top = event.matches[0].entry
    assert top.id == "numpy/dtype-size-changed"
    return top


def test_dtype_96_88_advice_is_numpy_below_2_or_a_newer_package(engine):
    entry = _entry(engine, DTYPE_96_88)
    [advice] = [w for w in entry.workarounds() if "Expected 96 from C header, got 88" in w.condition]
    assert advice == entry.workarounds()[0], "the best-rated workaround is the one for this message"
    assert "numpy<2" in advice.how and "pandas>=2.2.2" in advice.how
    assert "upgrade numpy" not in (advice.action + advice.how).lower()
    [trap] = [d for d in entry.dead_ends() if "Expected 96" in d.action]
    assert trap.action.startswith("Upgrading NumPy") and trap.fail_rate >= 0.9


def test_ndarray_direction_is_the_opposite_upgrade_numpy(engine):
    entry = _entry(engine, NDARRAY_88_80)
    [advice] = [w for w in entry.workarounds() if "Expected 88 from C header, got 80" in w.condition]
    assert "upgrade NumPy" in advice.action and ">=1.20" in advice.how
    assert any(d.action.startswith("Downgrading NumPy") for d in entry.dead_ends())


def test_root_cause_states_the_measured_sizes_the_right_way_round(engine):
    cause = _entry(engine, DTYPE_96_88).root_cause
    assert "96 bytes in NumPy 1.x and 88 in NumPy 2.x" in cause
    assert "built for NumPy 1.x imported under NumPy 2" in cause
    assert "built for NumPy 2 but NumPy 1.x is installed" not in cause  # the old, backwards claim
