"""KB paths that are not what they seem and frame paths the file system refuses.

A FIFO or /dev/zero given as a KB is reported and never read (it hung the CLI, or took 1.2 GB and
died with MemoryError); files, single regexes and all regexes together are capped; a frame whose
file name is too long for the file system costs only that frame.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from errfix_lsp.kb.load import MAX_FILE_BYTES, MAX_REGEX_CHARS, MAX_TOTAL_REGEX_CHARS, load_kb
from errfix_lsp.match.events import Frame
from errfix_lsp.placement import place, resolve_frame_path

LOG = 'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\nZorkError: the zork failed\n'


def entry(slug: str, regex: str, patterns: list[str] = ()) -> dict:
    return {
        "id": f"custom/{slug}",
        "signature": "ZorkError: the zork failed",
        "regex": regex,
        "domain": "custom",
        "category": "runtime",
        "root_cause": "the zork",
        "confidence": 0.9,
        "patterns": [{"regex": p} for p in patterns],
    }


def explain(*args: str, stdin: str = LOG) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "errfix_lsp.cli", "explain", "--json", *args, "-"],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_fifo_and_dev_zero_as_kb_are_reported_not_read(tmp_path):
    fifo = tmp_path / "kb.json"
    os.mkfifo(fifo)
    folder = tmp_path / "folder"
    folder.mkdir()
    os.mkfifo(folder / "entry.json")
    started = time.monotonic()
    done = explain("--kb", str(fifo), "--kb", "/dev/zero", "--kb", str(folder))
    assert time.monotonic() - started < 30 and done.returncode == 0, done.stderr
    assert "MemoryError" not in done.stderr
    for path in (fifo, "/dev/zero", folder / "entry.json"):
        assert f"{path}: (" in done.stderr and "not a regular file" in done.stderr
    assert json.loads(done.stdout)["events"]  # the shipped KB still explains


def test_oversized_files_and_regexes_are_refused_and_the_rest_is_used(tmp_path):
    (tmp_path / "big.json").write_text(json.dumps(entry("big", "Zork", ["x" * (MAX_FILE_BYTES + 10)])))
    (tmp_path / "long.json").write_text(json.dumps(entry("long", "A" * (MAX_REGEX_CHARS + 1))))
    (tmp_path / "mixed.json").write_text(
        json.dumps(entry("mixed", r"ZorkError: the (?P<what>\w+) failed", ["B" * (MAX_REGEX_CHARS + 1)]))
    )
    started = time.monotonic()
    kb = load_kb([tmp_path], shipped=False)
    assert time.monotonic() - started < 10
    assert [e.id for e in kb.entries] == ["custom/mixed"] and kb.entries[0].patterns == ()
    reasons = {(Path(p.file).name, p.field, p.reason.split(":")[-1].strip()) for p in kb.problems}
    assert ("big.json", "(file)", "not read") in reasons
    assert ("long.json", "regex", "entry not used") in reasons
    assert ("mixed.json", "patterns[0].regex", "not used") in reasons


def test_the_regexes_of_user_files_share_one_budget(tmp_path):
    per_file = MAX_REGEX_CHARS - 10
    count = MAX_TOTAL_REGEX_CHARS // per_file + 5
    for index in range(count):
        regex = f"ZorkError{index}: " + "a" * (per_file - 20)
        (tmp_path / f"e{index:04}.json").write_text(json.dumps(entry(f"e{index}", regex)))
    kb = load_kb([tmp_path], shipped=False)
    assert sum(len(e.regex) for e in kb.entries) <= MAX_TOTAL_REGEX_CHARS
    over = [p for p in kb.problems if "in all" in p.reason]
    assert len(kb.entries) + len(over) == count and len(over) >= 5


def test_a_frame_with_a_too_long_file_name_costs_only_that_frame(tmp_path):
    good = tmp_path / "train.py"
    good.write_text("x = 1\n")
    long_name = str(tmp_path / ("d" * 300 + ".py"))
    long_path = "/".join(["x" * 250] * 20) + ".py"
    assert resolve_frame_path(long_name, None, [tmp_path]) is None
    assert resolve_frame_path("r" * 5000 + ".py", str(tmp_path), [tmp_path]) is None
    frames = [Frame(str(good), 1, "<module>"), Frame(long_name, 3, "f"), Frame(long_path, 4, "g")]
    placement = place(frames, [tmp_path.resolve()], str(tmp_path))
    assert placement is not None and placement.path == good.resolve() and placement.frame_index == 0


def test_explain_places_the_good_frames_of_a_log_with_a_too_long_name(tmp_path, engine):
    """Through the whole server conversion: the long-named frame is skipped, the event kept."""
    from lsprotocol import types  # noqa: F401 - the server stack is importable here

    from errfix_lsp.server.diagnostics import Context, Origin, events_to_diagnostics

    script = tmp_path / "train.py"
    script.write_text("import cv2\nimport yaml\n")
    text = (
        (
            "Traceback (most recent call last):\n"
            f'  File "{script}", line 1, in <module>\n'
            f'  File "{tmp_path}/{"n" * 400}.py", line 2, in <module>\n'
            "ModuleNotFoundError: No module named 'cv2'\n"
        )
        * 2
        + "Traceback (most recent call last):\n"
        + f'  File "{script}", line 2, in <module>\n'
        + ("ModuleNotFoundError: No module named 'yaml'\n")
    )
    explained = engine.explain(text)
    ctx = Context(roots=[tmp_path.resolve()], kb=engine.kb, read_text=lambda p: Path(p).read_text())
    by_uri = events_to_diagnostics(explained, Origin("t", "test"), ctx)
    [(uri, diagnostics)] = by_uri.items()
    assert uri == script.resolve().as_uri() and {d.data["captures"]["module"] for d in diagnostics} == {
        "cv2",
        "yaml",
    }
