"""The seed entry states what Keras really prints, per version, and its real cause.

Wordings come from repro/keras/save_custom_layer_function_arg.py run on TF 1.15, 2.4, 2.10, 2.15 and
2.21 (Keras 3) and from the tf-keras/Keras 3 scripts; the seed's invented wording stays an alias.
"""

import json
from pathlib import Path

SEED_ID = "tensorflow/keras-model-save-custom-layer"
FIXTURE = Path(__file__).resolve().parents[1] / "data" / "seed_original.json"


def _top(engine, text: str) -> str:
    known = [event for event in engine.explain(text) if event.matches]
    return known[-1].matches[0].entry.id


def test_every_version_wording_in_the_examples_picks_the_seed(engine):
    entry = engine.kb.get(SEED_ID)
    sources = " ".join(example.source for example in entry.examples).lower()
    for version in (
        "tensorflow 1.15.5",
        "tensorflow-cpu 2.4.4",
        "keras 2.10.0",
        "keras 2.15.0",
        "keras 3.15.1",
    ):
        assert version in sources
    for example in entry.examples:
        assert _top(engine, example.text) == SEED_ID, example.source


def test_signature_is_a_real_keras_wording_and_the_seed_text_is_an_alias(engine):
    entry = engine.kb.get(SEED_ID)
    assert "Unable to serialize the layer" not in entry.signature
    assert any(
        example.text.split("\n", 1)[1].startswith(entry.signature.split(": ", 1)[1][:40])
        for example in entry.examples
        if "keras 2.10.0" in example.source
    )
    seed = json.loads(FIXTURE.read_text(encoding="utf-8"))
    assert _top(engine, seed["signature"]) == SEED_ID
    alias = [p for p in entry.patterns if p.regex == seed["regex"]]
    assert alias and "alias" in alias[0].note


def test_root_cause_is_get_config_not_a_lambda_only_story(engine):
    cause = engine.kb.get(SEED_ID).root_cause
    assert "get_config must return every argument of `__init__`" in cause
    assert "plain ints" in cause and "up to 2.11" in cause  # old Keras rejects any argument
    assert "function or lambda" in cause  # the special case that remains on Keras 2.12+ / 3
