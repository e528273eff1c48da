"""The seed entry, made true: it matches its own invented signature AND every real Keras 2/3
output of the same cause (captured on this machine kind, tests/data/keras-outputs/SOURCE.md)."""

from pathlib import Path

import pytest

CAPTURES = Path(__file__).resolve().parents[1] / "data" / "keras-outputs"
SEED_ID = "tensorflow/keras-model-save-custom-layer"
CAUSE = "must override `get_config()`"
FILES = sorted(p for p in CAPTURES.glob("*.txt") if CAUSE.replace("`get_config()`", "") in p.read_text())
SAME_CAUSE = [p for p in FILES if "created by passing" in p.read_text() or "has arguments" in p.read_text()]


def test_every_keras_line_has_captures():
    assert len(SAME_CAUSE) >= 30  # Keras 2.10, 2.12, 2.15, tf-keras 2.21 and Keras 3 variants


@pytest.mark.parametrize("path", SAME_CAUSE, ids=[p.name for p in SAME_CAUSE])
def test_real_output_gives_the_seed_first_on_the_right_line(path, engine):
    text = path.read_text()
    lines = text.split("\n")
    explained = engine.explain(text)
    known = [item for item in explained if item.matches]
    assert known, "nothing recognised"
    item = known[-1]
    assert item.matches[0].entry.id == SEED_ID
    block = item.key_block
    assert lines[block.line - 1].startswith("NotImplementedError")
    assert block.frames and block.frames[0].file.startswith("/home/user/project/cases/")
    assert item.matches[0].captures.get("class_name") in ("MyDense", "MyModel")


def test_seed_signature_itself_matches(engine):
    entry = engine.kb.get(SEED_ID)
    [item] = engine.explain(entry.signature)
    assert item.matches[0].entry.id == SEED_ID
