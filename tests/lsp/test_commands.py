"""`workspace/executeCommand`: the same JSON as the CLI, and clear errors for bad arguments."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
import pytest_lsp
from pytest_lsp import LanguageClient

from errfix_lsp.engine import Engine
from tests.lsp.conftest import ENTRY, SERVER, KerasRun, execute, start

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, keras_run: KerasRun):
    result = await start(lsp_client, keras_run.root, "visual-studio-code")
    advertised = result.capabilities.execute_command_provider.commands
    assert {"errfix.search", "errfix.explain", "errfix.showEntry", "errfix.clear"} <= set(advertised)
    yield
    await lsp_client.shutdown_session()


def cli(*args: str, stdin: str | None = None):
    done = subprocess.run(
        [sys.executable, "-m", "errfix_lsp.cli", *args], input=stdin, capture_output=True,
        text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


async def test_search_for_get_config_returns_the_entry_first(client):
    hits = await execute(client, "errfix.search", "get_config")
    assert hits[0]["id"] == ENTRY
    assert set(hits[0]) == {"id", "signature", "score"}
    assert hits == cli("search", "--json", "get_config")


async def test_explain_is_the_cli_json(client, keras_run):
    result = await execute(client, "errfix.explain", keras_run.output)
    assert result == cli("explain", "--json", "-", stdin=keras_run.output)
    [event] = [e for e in result["events"] if e["matches"]]
    assert event["matches"][0]["id"] == ENTRY
    assert event["matches"][0]["captures"]["class_name"] == "MyDense"
    assert await execute(client, "errfix.explain", "all fine\n") == {"events": []}


async def test_show_entry_returns_the_entry_markdown(client):
    markdown = await execute(client, "errfix.showEntry", ENTRY)
    entry = Engine.load().kb.get(ENTRY)
    assert markdown.startswith("### ")
    assert entry.localized("root_cause", "en") in markdown


@pytest.mark.parametrize(
    ("command", "arguments", "message"),
    [
        ("errfix.search", [], "takes one argument"),
        ("errfix.search", [42], "must be a string"),
        ("errfix.explain", ["a", "b"], "takes one argument"),
        ("errfix.showEntry", ["no/such-entry"], "no KB entry"),
    ],
)
async def test_bad_arguments_get_a_clear_error_and_the_server_keeps_working(
    client, command, arguments, message
):
    with pytest.raises(Exception, match=message):
        await execute(client, command, *arguments)
    assert (await execute(client, "errfix.search", "get_config"))[0]["id"] == ENTRY


async def test_run_in_terminal_fallback_shows_the_command(client):
    result = await execute(client, "errfix.runInTerminal", "pip install scikit-learn")
    assert result == {"command": "pip install scikit-learn", "ran": False}
    assert any("pip install scikit-learn" in m.message for m in client.messages)



async def test_fix_note_is_shown_when_the_fix_is_picked(client, keras_run):
    """A fix that leaves a decision to the user says so when it is resolved (picked)."""
    from lsprotocol import types

    from errfix_lsp.engine import Engine
    from errfix_lsp.server.actions import ActionOptions, Document, FixCache, Target, build_actions

    source = keras_run.layers.read_text()
    entry = Engine.load().kb.get(ENTRY)
    doc = Document(keras_run.layers.as_uri(), str(keras_run.layers), source, None, True)
    [fix, *_] = build_actions([Target(entry, {"class_name": "MyDense"}, 4, None)], doc, ActionOptions(True), FixCache())
    note = fix.data.get("note")
    assert note, "the lambda/function argument case must come with advice"
    before = len(client.messages)
    resolved = await client.code_action_resolve_async(
        types.CodeAction(title=fix.title, kind=fix.kind, data=fix.data)
    )
    assert resolved.edit is not None
    assert any(note in m.message for m in client.messages[before:])
