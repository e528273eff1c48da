"""Shared helpers for the Keras fixer unit tests."""

from __future__ import annotations

import ast
import textwrap

from errfix_lsp.fixers import Declined, Fix, FixRequest, run_fixer


def src(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def apply(fixer_id: str, source: str, line: int | None = None, path: str | None = None, **captures) -> Fix:
    """Run a fixer that must succeed; also check the contract every fix must keep."""
    result = run_fixer(fixer_id, FixRequest(source, captures, "", line, path))
    assert isinstance(result, Fix), f"declined: {getattr(result, 'reason', result)}"
    assert result.new_source is not None
    ast.parse(result.new_source)
    again = run_fixer(fixer_id, FixRequest(result.new_source, captures, "", line, path))
    assert isinstance(again, Declined), f"not idempotent: applying twice changed {again}"
    return result


def decline(fixer_id: str, source: str, line: int | None = None, **captures) -> str:
    result = run_fixer(fixer_id, FixRequest(source, captures, "", line, None))
    assert isinstance(result, Declined), f"expected a decline, got {result}"
    return result.reason


KERAS_FIXERS = [
    "keras-add-get-config",
    "keras-forward-kwargs",
    "keras-register-serializable",
    "keras-custom-objects",
    "keras-save-path",
    "keras-serializable-object",
]

LAYER = src(
    """
    import keras


    class MyDense(keras.layers.Layer):
        def __init__(self, units):
            super().__init__()
            self.units = units
    """
)


def test_every_keras_fixer_is_registered():
    from errfix_lsp.fixers import registry

    assert set(KERAS_FIXERS) <= set(registry())


def test_every_keras_fixer_declines_a_file_that_does_not_parse():
    broken = LAYER + "\ndef oops(:\n"
    for fixer_id in KERAS_FIXERS:
        reason = decline(fixer_id, broken, line=4, class_name="MyDense")
        assert "does not parse" in reason


def test_every_keras_fixer_declines_odd_input_without_raising():
    from errfix_lsp.fixers import get_fixer

    odd = [
        "",
        "\n",
        "x = 1",
        "class A: pass",
        "class MyDense(keras.layers.Layer): pass",
        "\ufeffimport keras",
    ]
    for fixer_id in KERAS_FIXERS:
        fixer = get_fixer(fixer_id)
        for text in odd:
            for line in (None, 0, 1, 10_000):
                result = fixer.fix(FixRequest(text, {"class_name": "MyDense"}, "", line, None))
                assert isinstance(result, (Fix, Declined))
