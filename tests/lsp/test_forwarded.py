"""Other tools' diagnostics: forwarded with `errfix/diagnostics`, or sent in a code-action request.

When their message is a known error, the hover explains it and the entry's fixes are offered;
a document outside the workspace folders is never given an edit.
"""

from __future__ import annotations

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from errfix_lsp.engine import Engine
from tests.conftest import require
from tests.lsp.conftest import (
    ENTRY,
    SERVER,
    KerasRun,
    eventually,
    hover_text,
    start,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")
# What a notebook/linter integration might show: the Keras message as its own diagnostic.
MESSAGE = (
    "NotImplementedError: Object MyDense was created by passing non-serializable argument "
    "values in `__init__()`, and therefore the object must override `get_config()` in order "
    "to be serializable. Please implement `get_config()`."
)


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, keras_run: KerasRun):
    await start(lsp_client, keras_run.root, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


def other_tool(line: int, message: str = MESSAGE) -> dict:
    return {
        "range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 20}},
        "message": message,
        "severity": 1,
        "source": "Jupyter",
    }


async def test_forwarded_diagnostic_gets_a_hover(client, keras_run):
    uri = keras_run.layers.as_uri()
    line = keras_run.line_of(keras_run.layers, "class MyDense(keras.layers.Layer):")
    client.protocol.notify(
        "errfix/diagnostics",
        {"uri": uri, "diagnostics": [other_tool(line), other_tool(line + 1, "unrelated: x")]},
    )
    position = types.Position(line, 3)
    text = await eventually(lambda: hover_text(client, keras_run.layers, position), what="hover")
    assert text.startswith("`NotImplementedError: Object MyDense was created")  # the user's error first
    assert f"`{ENTRY}`" in text and "class_name =" not in text
    assert await hover_text(client, keras_run.layers, types.Position(line + 1, 3)) is None
    # forwarding an empty list for the file removes them
    client.protocol.notify("errfix/diagnostics", {"uri": uri, "diagnostics": []})
    await eventually(
        lambda: hover_text(client, keras_run.layers, position), lambda t: t is None, what="no hover"
    )


async def test_code_action_for_another_tools_diagnostic_offers_the_fix(client, keras_run):
    uri = keras_run.layers.as_uri()
    line = keras_run.line_of(keras_run.layers, "class MyDense(keras.layers.Layer):")
    diagnostic = types.Diagnostic(
        range=types.Range(types.Position(line, 0), types.Position(line, 20)),
        message=MESSAGE,
        source="Pylance",
    )
    raw = await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri), diagnostic.range, types.CodeActionContext([diagnostic])
        ),
    )
    titles = [action.title for action in raw]
    assert any("get_config" in title for title in titles), titles
    assert f"Show errfix entry: {ENTRY}" in titles


async def test_documents_outside_the_workspace_get_no_edits(client, tmp_path):
    outside = tmp_path / "elsewhere" / "layers.py"
    outside.parent.mkdir()
    outside.write_text("import keras\n\n\nclass MyDense(keras.layers.Layer):\n    pass\n")
    diagnostic = types.Diagnostic(
        range=types.Range(types.Position(3, 0), types.Position(3, 10)), message=MESSAGE,
        source="Pylance",
    )
    raw = await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(outside.as_uri()), diagnostic.range,
            types.CodeActionContext([diagnostic]),
        ),
    )
    titles = [action.title for action in raw]
    assert titles == [f"Show errfix entry: {ENTRY}"]


async def test_hover_names_the_error_that_usually_comes_next(client, keras_run):
    engine = Engine.load()
    kb, matcher = engine.kb, engine.matcher
    candidates = [
        (entry, example.text) for entry in kb.entries for example in entry.examples
        if entry.transitions("leads_to") and all(kb.get(t) for t in entry.transitions("leads_to"))
        and (found := matcher.match_text(example.text)) and found[0].entry.id == entry.id
    ]
    require(bool(candidates), "no KB entry with a leads_to link and a matching example")
    entry, text = candidates[0]
    uri = keras_run.train.as_uri()
    client.protocol.notify("errfix/diagnostics", {"uri": uri, "diagnostics": [other_tool(5, text)]})
    hover = await eventually(lambda: hover_text(client, keras_run.train, types.Position(5, 1)))
    assert "Usually comes next" in hover
    for target in entry.transitions("leads_to"):
        assert f"`{target}`" in hover
    client.protocol.notify("errfix/diagnostics", {"uri": uri, "diagnostics": []})
