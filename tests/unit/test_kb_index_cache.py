"""The KB index cache: a second load answers from the cache (no validation), and any change to a
file, a removed file, a corrupt or foreign cache is noticed, never served stale."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from errfix_lsp.kb import load as kb_load
from errfix_lsp.kb.load import load_kb
from errfix_lsp.kb.paths import shipped_kb_dir

IDS = [
    "numpy/removed-type-alias",
    "pandas/dataframe-append-removed",
    "tensorflow/keras-model-save-custom-layer",
]


@pytest.fixture
def kb_copy(tmp_path, monkeypatch) -> Path:
    root = tmp_path / "kb"
    for entry_id in IDS:
        target = root / f"{entry_id}.json"
        target.parent.mkdir(parents=True, exist_ok=True)
        raw = json.loads((shipped_kb_dir() / f"{entry_id}.json").read_text(encoding="utf-8"))
        raw["transition_graph"] = {}  # links to entries not copied here
        target.write_text(json.dumps(raw, indent=2, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(kb_load, "shipped_kb_dir", lambda: root)
    monkeypatch.setenv("ERRFIX_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ERRFIX_NO_CACHE", raising=False)
    return root


def _no_validation(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("validated although the file was cached")

    monkeypatch.setattr(kb_load, "validate_entry", refuse)


def test_second_load_comes_from_the_cache(kb_copy, monkeypatch, tmp_path):
    first = load_kb()
    assert sorted(e.id for e in first.entries) == sorted(IDS) and first.problems == []
    assert len(list((tmp_path / "cache").glob("kb-*.json"))) == 1
    _no_validation(monkeypatch)
    second = load_kb()
    assert [e.raw for e in second.entries] == [e.raw for e in first.entries]
    assert [e.all_patterns() for e in second.entries] == [e.all_patterns() for e in first.entries]


def test_changed_added_and_removed_files_are_read_again(kb_copy):
    load_kb()
    path = kb_copy / "numpy/removed-type-alias.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    raw["signature"] = "changed signature"
    path.write_text(json.dumps(raw), encoding="utf-8")
    os.utime(path, ns=(1, 1))  # even a file whose mtime goes back is noticed (size/inode/mtime)
    assert load_kb().get("numpy/removed-type-alias").signature == "changed signature"
    shutil.copy(path, kb_copy / "numpy/copy.json")
    assert any(p.field == "id" and "duplicate" in p.reason for p in load_kb().problems)
    (kb_copy / "numpy/copy.json").unlink()
    (kb_copy / "pandas/dataframe-append-removed.json").unlink()
    assert sorted(e.id for e in load_kb().entries) == sorted(set(IDS) - {"pandas/dataframe-append-removed"})


def test_broken_file_problems_are_cached_too(kb_copy, monkeypatch):
    (kb_copy / "numpy/bad.json").write_text('{"id": "numpy/bad", "signature": ', encoding="utf-8")
    first = [str(p) for p in load_kb().problems]
    assert any("invalid JSON" in p for p in first)
    _no_validation(monkeypatch)
    assert [str(p) for p in load_kb().problems] == first


@pytest.mark.parametrize(
    "content", ["not json", '{"format": 1, "version": "0.0.0", "files": {}, "requirements": {}}']
)
def test_corrupt_or_foreign_cache_is_ignored(kb_copy, tmp_path, content):
    load_kb()
    [cache] = (tmp_path / "cache").glob("kb-*.json")
    cache.write_text(content, encoding="utf-8")
    assert sorted(e.id for e in load_kb().entries) == sorted(IDS)
    assert json.loads(cache.read_text(encoding="utf-8"))["files"]  # rebuilt


def test_no_cache_when_turned_off_or_unwritable(kb_copy, tmp_path, monkeypatch):
    monkeypatch.setenv("ERRFIX_NO_CACHE", "1")
    load_kb()
    assert not (tmp_path / "cache").exists()
    monkeypatch.delenv("ERRFIX_NO_CACHE")
    monkeypatch.setenv("ERRFIX_CACHE_DIR", "/proc/errfix-cannot-write-here")
    assert sorted(e.id for e in load_kb().entries) == sorted(IDS)
