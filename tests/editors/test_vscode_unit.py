"""The VS Code extension's own checks, run through pytest so the README's single `pytest` runs them:
`npm run check` (tsc --noEmit over the extension and its tests) and `npm test` (node --test over the
pure modules). Plus the contracts between package.json, the extension code and the server.

Needs `npm ci` in editors/vscode (scripts/ci/install-vscode.sh does it).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess

from tests.conftest import ROOT, require

EXT_DIR = ROOT / "editors" / "vscode"
PACKAGE = json.loads((EXT_DIR / "package.json").read_text())
SOURCES = "\n".join(path.read_text() for path in sorted((EXT_DIR / "src").rglob("*.ts")))


def _npm(script: str) -> subprocess.CompletedProcess:
    require(shutil.which("npm") is not None, "npm not on PATH")
    require((EXT_DIR / "node_modules" / "typescript").is_dir(), "run `npm ci` in editors/vscode")
    return subprocess.run(
        ["npm", "run", "--silent", script], cwd=EXT_DIR, capture_output=True, text=True,
        timeout=300, stdin=subprocess.DEVNULL,
    )


def test_typescript_type_checks():
    result = _npm("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_node_unit_tests_pass():
    result = _npm("test")
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    passed = re.search(r"^# pass (\d+)", output, re.MULTILINE)
    failed = re.search(r"^# fail (\d+)", output, re.MULTILINE)
    assert passed and failed, output[-3000:]
    assert int(failed.group(1)) == 0
    assert int(passed.group(1)) >= 30, "unit tests went missing"


def test_every_contributed_command_is_registered_and_vice_versa():
    contributed = {command["command"] for command in PACKAGE["contributes"]["commands"]}
    registered = set(re.findall(r"""register\(\s*"(errfix\.[A-Za-z]+)\"""", SOURCES))
    assert contributed == registered
    # vscode-languageclient registers the server's own commands (errfix.search, errfix.explain,
    # errfix.showEntry, errfix.clear...) client-side: ours must not collide with them.
    assert not contributed & {"errfix.search", "errfix.explain", "errfix.showEntry", "errfix.clear",
                              "errfix.runInTerminal"}
    titles = {command["title"] for command in PACKAGE["contributes"]["commands"]}
    assert {"Search Knowledge Base", "Explain Selection", "Explain Clipboard", "Clear"} <= titles


def test_settings_match_the_server():
    try:
        from errfix_lsp.server import settings
    except ImportError as exc:  # the server is another part of the project; CI must have it
        require(False, f"errfix_lsp.server.settings not importable: {exc}")
    properties = PACKAGE["contributes"]["configuration"]["properties"]
    server_defaults = settings.as_editor_json(settings.DEFAULTS)
    for key in settings.setting_names():
        contributed = properties.get(f"errfix.{key}")
        assert contributed is not None, f"errfix.{key} is not contributed in package.json"
        assert contributed["default"] == server_defaults[key], key
        assert contributed.get("description") or contributed.get("markdownDescription"), key
    # Client-side settings are documented too.
    for key in ("errfix.server.command", "errfix.server.pythonPath", "errfix.trace.server"):
        assert key in properties
    readme = (EXT_DIR / "README.md").read_text()
    for key in properties:
        assert f"`{key}`" in readme, f"{key} is not documented in editors/vscode/README.md"


def test_engine_and_types_pins():
    # @types/vscode newer than engines.vscode makes vsce refuse to package; the shell-integration
    # API the terminal watcher uses is stable from 1.93.
    assert PACKAGE["engines"]["vscode"] == "^1.93.0"
    assert PACKAGE["devDependencies"]["@types/vscode"] == "1.93.0"
    assert PACKAGE["dependencies"]["vscode-languageclient"].startswith("11.")
    assert (EXT_DIR / "package-lock.json").is_file()
    screenshot = EXT_DIR / "images" / "screenshot.png"
    assert screenshot.is_file() and screenshot.stat().st_size < 300_000
