"""Editor-style globs: `*` stays inside one path segment, `**` crosses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from errfix_lsp.server.globs import matches, watcher_pattern

ROOT = Path("/work/project")


@pytest.mark.parametrize(
    ("path", "patterns", "expected"),
    [
        ("/work/project/.errfix/last-run.log", [".errfix/*.log"], True),
        ("/work/project/.errfix/old/x.log", [".errfix/*.log"], False),
        ("/work/project/sub/.errfix/x.log", [".errfix/*.log"], False),
        ("/work/project/sub/.errfix/x.log", ["**/.errfix/*.log"], True),
        ("/work/project/logs/train.log", ["*.log"], True),  # no "/": the file name anywhere
        ("/elsewhere/train.log", ["*.log"], True),
        ("/elsewhere/.errfix/x.log", [".errfix/*.log"], False),  # outside the workspace
        ("/work/project/out/a.txt", ["out/*.{log,txt}"], True),
        ("/work/project/out/a.csv", ["out/*.{log,txt}"], False),
        ("/work/project/run1.log", ["run?.log"], True),
        ("/work/project/run10.log", ["run?.log"], False),
        ("/work/project/x.log", ["", "  "], False),
        ("/work/project/b.log", ["[ab].log"], True),
        ("/work/project/c.log", ["[!ab].log"], True),
    ],
)
def test_matches(path, patterns, expected):
    assert matches(path, patterns, [ROOT]) is expected


def test_watcher_patterns_for_clients_without_relative_patterns():
    assert watcher_pattern(".errfix/*.log") == "**/.errfix/*.log"
    assert watcher_pattern("*.log") == "**/*.log"
    assert watcher_pattern("**/x/*.log") == "**/x/*.log"
