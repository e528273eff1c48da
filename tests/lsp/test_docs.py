"""docs/server.md lists exactly the settings the server reads, with their real defaults, and
every command the server advertises."""

from __future__ import annotations

import json
import re

from errfix_lsp.server.settings import DEFAULTS, as_editor_json, parse_settings, setting_names
from tests.conftest import ROOT

DOC = ROOT / "docs" / "server.md"


def _settings_table() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    table = text.split("<!-- SETTINGS -->")[1].split("<!-- /SETTINGS -->")[0]
    rows = {}
    for line in table.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0].startswith("`"):
            rows[cells[0].strip("`")] = cells[2].strip("`")
    return rows


def test_settings_table_matches_the_settings_dataclass():
    rows = _settings_table()
    assert set(rows) == set(setting_names())
    defaults = as_editor_json(DEFAULTS)
    for key, shown in rows.items():
        assert json.loads(shown) == defaults[key], key


def test_every_registered_command_is_documented():
    from errfix_lsp.server.app import server

    text = DOC.read_text(encoding="utf-8")
    commands = set(server.protocol.fm.commands)
    assert commands >= {"errfix.search", "errfix.explain", "errfix.showEntry", "errfix.clear"}
    for command in commands:
        assert re.search(rf"`{re.escape(command)}`", text), command


def test_invalid_values_fall_back_to_defaults_with_messages():
    settings, problems = parse_settings(
        {"errfix": {"severity": "LOUD", "watchGlobs": [1], "kbPaths": "extra", "bogus": 1}}
    )
    assert settings.severity == DEFAULTS.severity
    assert settings.watch_globs == DEFAULTS.watch_globs
    assert settings.kb_paths == ("extra",)  # one string is taken as a one-item list
    assert len(problems) == 3 and any("bogus" in p for p in problems)
    same, none = parse_settings(None, base=settings)
    assert same == settings and none == []
    _, problems = parse_settings(["not", "an", "object"])
    assert problems and "object" in problems[0]
