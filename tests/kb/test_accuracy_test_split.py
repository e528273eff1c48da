"""The frozen test split (benchmarks/accuracy/test): collected by situation before the KB expansion and
never tuned on. No accuracy floor here on purpose; what must hold forever is that its non-error outputs
raise no diagnostic and that the KB never cites (learns from) a test thread."""

from __future__ import annotations

import json
import re
from pathlib import Path

from benchmarks.accuracy.score import (
    JUDGMENT_VALUES,
    load_judgments,
    load_test_split,
    score_test,
)

ROOT = Path(__file__).resolve().parents[2]
URL = re.compile(r"https?://[^\s\"'<>()\]]+")
# Short generic wordings that were already KB examples (sourced from other threads) when the split was
# collected; any other whole-text copy of a test item into kb/ fails.
IDENTICAL_BEFORE_SPLIT = {
    ("kb/python/pip-no-matching-distribution.json", "pip-tf-windows-py383.json"),
    ("kb/pytorch/cuda-no-kernel-image.json", "transformers-device-assert-fast-bert.json"),
}


def normalise_url(url: str) -> str:
    url = url.split("#", 1)[0].split("?", 1)[0]
    return url.rstrip("/.,;:").rstrip("/").lower()


def kb_files() -> list[Path]:
    return [path for path in sorted((ROOT / "kb").rglob("*.json")) if path.name != "schema.json"]


def strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in strings(value)]
    return []


def test_test_split_is_large_and_complete():
    items = load_test_split()
    errors = [item for _, item in items if item.get("is_error")]
    non_errors = [item for _, item in items if item.get("is_error") is False]
    assert len(errors) >= 150
    assert len(non_errors) >= 25
    assert len(errors) + len(non_errors) == len(items), "every item says is_error true or false"
    for path, item in items:
        assert item.get("url", "").startswith("http"), path.name
        for field in ("library", "situation", "cause", "text"):
            assert str(item.get(field, "")).strip(), (path.name, field)
        assert isinstance(item.get("accepted"), list), path.name
    urls = [normalise_url(item["url"]) for _, item in items]
    assert len(urls) == len(set(urls)), "one item per thread"


def test_accepted_ids_and_judgments_name_real_entries(engine):
    items = dict((path.name, item) for path, item in load_test_split())
    for name, item in items.items():
        for entry_id in item["accepted"]:
            assert engine.kb.get(entry_id) is not None, (name, entry_id)
    for name, rulings in load_judgments().items():
        assert name in items, name
        for entry_id, ruling in rulings.items():
            assert ruling in JUDGMENT_VALUES, (name, entry_id, ruling)


def test_no_false_alarm_on_test_split_non_errors(engine):
    verdicts = score_test(engine)
    alarms = [(v.path.name, v.predicted) for v in verdicts if v.outcome == "false-alarm"]
    assert alarms == []


def test_kb_never_cites_a_test_thread():
    test_urls = {normalise_url(item["url"]) for _, item in load_test_split()}
    leaks = []
    for path in kb_files():
        for text in strings(json.loads(path.read_text(encoding="utf-8"))):
            for url in URL.findall(text):
                if normalise_url(url) in test_urls:
                    leaks.append((str(path.relative_to(ROOT)), url))
    assert leaks == [], "KB entries must not be built from test-split threads"


def test_kb_examples_do_not_copy_a_test_item():
    test_texts = {item["text"].strip(): path.name for path, item in load_test_split()}
    copies = []
    for path in kb_files():
        raw = json.loads(path.read_text(encoding="utf-8"))
        for example in raw.get("examples", []) + raw.get("counter_examples", []):
            item = test_texts.get(str(example.get("text", "")).strip()) if isinstance(example, dict) else None
            pair = (path.relative_to(ROOT).as_posix(), item)
            if item and pair not in IDENTICAL_BEFORE_SPLIT:
                copies.append(pair)
    assert copies == []
