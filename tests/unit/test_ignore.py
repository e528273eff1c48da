"""Noise control: ignored entries, domains and paths, severities, and the [tool.errfix] table,
through the engine and through the real CLI on real NumPy output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from errfix_lsp.ignore import Rules, RulesError, project_rules, rules_from

SCRIPT = "import numpy as np\n\nx = np.zeros(3, dtype=np.float)\n"
ENTRY = "numpy/removed-type-alias"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("proj")
    (root / "src").mkdir()
    (root / "src" / "train.py").write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run([sys.executable, "src/train.py"], cwd=root, capture_output=True, text=True)
    return root, done.stderr


def _known(root: Path, output: str, *args: str) -> list[str]:
    log = root / "out.log"
    log.write_text(output, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "errfix_lsp.cli", "explain", "--json", *args, str(log)],
        cwd=root,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return [e["matches"][0]["id"] for e in json.loads(done.stdout)["events"] if e["matches"]]


def test_entry_globs_and_domains():
    rules = rules_from(["pandas", "numpy/removed-*"])
    assert rules.ignores_entry("pandas/anything") and rules.ignores_entry(ENTRY)
    assert not rules.ignores_entry("numpy/index-out-of-bounds") and not rules.ignores_entry("pandasx/y")


def test_severity_prefers_exact_then_glob_then_domain():
    rules = rules_from(severity={"numpy": "hint", "numpy/removed-*": "warning", ENTRY: "information"})
    assert rules.severity_of(ENTRY) == "information"
    assert rules.severity_of("numpy/removed-other") == "warning"
    assert rules.severity_of("numpy/axis-out-of-bounds") == "hint"
    assert rules.severity_of("pandas/x") == "error"
    with pytest.raises(RulesError, match="use one of"):
        rules_from(severity={"numpy": "fatal"})


def test_engine_events_lose_ignored_entries_and_paths(engine, project):
    root, output = project
    explained = engine.explain(output)
    assert [i.matches[0].entry.id for i in explained if i.matches] == [ENTRY]
    assert all(not i.matches for i in rules_from([ENTRY]).apply(explained, root))
    assert rules_from(paths=["src/*"]).apply(explained, root) == []
    assert rules_from(paths=["tests/*"]).apply(explained, root) == explained
    assert Rules().apply(explained) is explained


def test_cli_flags_and_pyproject_table(project):
    root, output = project
    assert _known(root, output) == [ENTRY]
    assert _known(root, output, "--ignore", "numpy") == []
    assert _known(root, output, "--ignore-path", "src/train.py") == []
    (root / "pyproject.toml").write_text('[tool.errfix]\nignore = ["numpy/removed-*"]\n', encoding="utf-8")
    try:
        assert _known(root, output) == []
        assert project_rules(root / "src").sources == (str(root / "pyproject.toml"),)
        (root / "pyproject.toml").write_text("[tool.errfix]\nignore = 3\n", encoding="utf-8")
        done = subprocess.run(
            [sys.executable, "-m", "errfix_lsp.cli", "explain", str(root / "out.log")],
            cwd=root,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 2 and "[tool.errfix]" in done.stderr
    finally:
        (root / "pyproject.toml").unlink()
