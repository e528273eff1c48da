"""The shipped KB is valid and every entry proves itself on its own examples.

Parametrized per entry, so a failure names the entry: its examples match it first, its
counter-examples do not match it, its links resolve, and it speaks both languages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from errfix_lsp.kb.load import load_kb
from errfix_lsp.kb.paths import shipped_kb_dir

KB = load_kb()
ENTRIES = KB.entries
IDS = [entry.id for entry in ENTRIES]


def test_shipped_kb_has_no_problems():
    assert [str(p) for p in KB.problems] == []


def test_shipped_kb_is_not_empty():
    assert len(ENTRIES) >= 1


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_file_name_is_the_id(entry):
    relative = Path(entry.path).resolve().relative_to(shipped_kb_dir().resolve())
    assert relative.with_suffix("").as_posix() == entry.id


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_examples_match_their_entry_first(entry, engine):
    assert entry.examples, "every entry needs at least one real example"
    for example in entry.examples:
        assert example.source.strip(), "an example must say where its text comes from"
        explained = engine.explain(example.text)
        tops = [item.matches[0].entry.id for item in explained if item.matches]
        assert entry.id in tops, f"example from {example.source!r} gave {tops}"


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_counter_examples_do_not_match(entry, engine):
    for example in entry.counter_examples:
        matched = {m.entry.id for item in engine.explain(example.text) for m in item.matches}
        direct = {m.entry.id for m in engine.matcher.match_text(example.text)}
        assert entry.id not in matched | direct, f"counter-example matched: {example.text[:120]!r}"


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_bilingual(entry):
    raw = entry.raw
    assert raw.get("signature_zh", "").strip()
    assert raw.get("root_cause_zh", "").strip()
    assert len(raw.get("workarounds_zh") or []) == len(raw.get("workarounds") or [])


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_transition_links_resolve(entry):
    for kind in ("leads_to", "preceded_by", "frequently_confused_with"):
        for target in entry.transitions(kind):
            assert KB.get(target) is not None, f"{kind} -> {target} does not exist"


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_named_fixers_exist(entry):
    from errfix_lsp.fixers import registry

    for fixer_id in entry.fixes:
        assert fixer_id in registry(), f"entry names unknown fixer {fixer_id}"


NON_ERRORS = sorted((Path(__file__).parent / "non_errors").glob("*.txt"))


@pytest.mark.parametrize("path", NON_ERRORS, ids=[p.name for p in NON_ERRORS])
def test_non_error_output_produces_no_match(path, engine):
    explained = engine.explain(path.read_bytes())
    matched = [(item.key_block.line, item.matches[0].entry.id) for item in explained if item.matches]
    assert matched == []


def test_schema_file_is_valid_json_schema():
    import jsonschema

    schema = json.loads((shipped_kb_dir() / "schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for entry in ENTRIES:
        errors = [e.message for e in validator.iter_errors(entry.raw)]
        assert errors == [], f"{entry.id}: {errors}"
