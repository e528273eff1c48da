"""Protocol abuse against the real server: every bad message gets a proper LSP error or an empty
result, never a dead server or a request left unanswered. After each case the same server must
still answer a real request (`alive`) and must not have crashed inside a handler (pygls reports
a crashed handler to the client as "Error in server: ...").
"""

from __future__ import annotations

import asyncio

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from tests.lsp.conftest import ENTRY, errfix_diagnostics, execute, send_output, wait_for
from tests.reliability.conftest import SERVER, Workspace, alive, launch, raw_notify, raw_request

pytestmark = pytest.mark.asyncio(loop_scope="module")
ANSWER = 15.0  # seconds within which every request must be answered (an error counts)


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, workspace: Workspace):
    await launch(lsp_client, workspace.root)
    await alive(lsp_client)
    yield
    await lsp_client.shutdown_session()


@pytest.fixture(autouse=True)
def fresh_messages(client):
    """Each test looks for crashes only in the messages its own abuse produced."""
    client.first_message = len(client.messages)


def crashes(client: LanguageClient) -> list[str]:
    """Messages pygls sends when a handler raised: none may appear."""
    new = client.messages[client.first_message :]
    return [m.message for m in new if m.message.startswith("Error in server")]


async def request(client: LanguageClient, method: str, params) -> object:
    """A raw request (params sent as given); the answer must come, result or error."""
    return await asyncio.wait_for(raw_request(client, method, params), ANSWER)


async def show_diagnostic(client: LanguageClient, workspace: Workspace, terminal: str):
    await execute(client, "errfix.clear")
    send_output(client, terminal, workspace.output, cwd=str(workspace.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(client, workspace.train))
    return diagnostic


def unstructure(client: LanguageClient, value) -> dict:
    return client.protocol._converter.unstructure(value)  # noqa: SLF001


def hover_params(uri: str, line: int = 0, character: int = 0) -> dict:
    return {"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}


# -- unknown documents, odd URIs and positions ------------------------------------------------


@pytest.mark.parametrize(
    "uri",
    [
        "file:///definitely/not/here.py",  # no such file
        "untitled:Untitled-1",  # not a file URI
        "file:///",  # a directory
        "file://%ZZ%/bad%escape.py",  # broken percent-encoding
        "not a uri at all",
        "file:///" + "a/" * 3000 + "deep.py",  # a 6 KB path
    ],
)
async def test_hover_and_code_action_on_unknown_documents_answer_empty(client, workspace, uri):
    assert await request(client, types.TEXT_DOCUMENT_HOVER, hover_params(uri)) is None
    context = {"diagnostics": [], "only": ["quickfix"]}
    rng = {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}}
    params = {"textDocument": {"uri": uri}, "range": rng, "context": context}
    assert await request(client, types.TEXT_DOCUMENT_CODE_ACTION, params) is None
    assert crashes(client) == []
    await alive(client)


async def test_a_workspace_file_that_was_never_opened_gets_hover_and_actions(client, workspace):
    """Not open in the editor: hover and actions still work from the file on disk."""
    diagnostic = await show_diagnostic(client, workspace, "abuse-unopened")
    uri = workspace.train.as_uri()
    hover = await request(client, types.TEXT_DOCUMENT_HOVER, hover_params(uri, diagnostic.range.start.line, 4))
    assert hover is not None and ENTRY in hover.contents.value
    await alive(client)


@pytest.mark.parametrize(
    ("line", "character"),
    [(10**6, 0), (0, 10**6), (2**31 - 1, 2**31 - 1), (3, 10**9)],
)
async def test_out_of_range_positions_answer_empty(client, workspace, line, character):
    await show_diagnostic(client, workspace, "abuse-range")
    uri = workspace.train.as_uri()
    assert await request(client, types.TEXT_DOCUMENT_HOVER, hover_params(uri, line, character)) is None
    rng = {"start": {"line": line, "character": character}, "end": {"line": line, "character": character}}
    params = {"textDocument": {"uri": uri}, "range": rng, "context": {"diagnostics": []}}
    assert await request(client, types.TEXT_DOCUMENT_CODE_ACTION, params) is None
    assert crashes(client) == []
    await alive(client)


@pytest.mark.parametrize(
    "params",
    [
        None,
        {},
        [],
        "hover",
        {"textDocument": {"uri": "file:///x.py"}},  # no position
        {"textDocument": {"uri": "file:///x.py"}, "position": {"line": -1, "character": 0}},
        {"textDocument": {"uri": 42}, "position": {"line": 0, "character": 0}},
        {"textDocument": {"uri": "file:///x.py"}, "position": {"line": "zero", "character": 0}},
        {"textDocument": None, "position": {"line": 0, "character": 0}},
    ],
    ids=["null", "empty", "array", "string", "no-position", "negative", "uri-int", "line-str", "doc-null"],
)
async def test_malformed_standard_requests_get_an_invalid_params_error(client, params):
    """Params that do not fit the request type must be answered with an error, not ignored."""
    with pytest.raises(JsonRpcException) as info:
        await request(client, types.TEXT_DOCUMENT_HOVER, params)
    assert info.value.code == -32602  # InvalidParams
    await alive(client)


async def test_malformed_code_action_and_resolve_get_errors(client):
    with pytest.raises(JsonRpcException):
        await request(client, types.TEXT_DOCUMENT_CODE_ACTION, {"textDocument": {"uri": "file:///x"}})
    # resolve with data the server never produced: returned as it came, no edit
    forged = {"title": "x", "data": {"uri": 5, "fixerId": ["no"], "version": "v"}}
    resolved = await request(client, types.CODE_ACTION_RESOLVE, forged)
    assert resolved.edit is None
    forged = {"title": "x", "data": {"uri": "file:///nowhere.py", "fixerId": "no-such-fixer",
                                     "version": None, "captures": "not a dict"}}
    with pytest.raises(JsonRpcException):
        await request(client, types.CODE_ACTION_RESOLVE, forged)
    assert crashes(client) == []
    await alive(client)


async def test_unknown_methods(client):
    with pytest.raises(JsonRpcException) as info:
        await request(client, "errfix/noSuchRequest", {"x": 1})
    assert info.value.code == -32601  # MethodNotFound
    raw_notify(client, "errfix/noSuchNotification", {"x": 1})
    raw_notify(client, "$/noSuchThing", None)
    assert crashes(client) == []
    await alive(client)


# -- custom notifications with bad params ------------------------------------------------------


@pytest.mark.parametrize(
    ("params", "problem"),
    [
        (None, "params must be an object"),
        ([1, 2], "params must be an object"),
        ({}, "'terminal' must be a non-empty string"),
        ({"terminal": "", "data": "x"}, "'terminal' must be a non-empty string"),
        ({"terminal": ["t"], "data": "x"}, "'terminal' must be a non-empty string"),
        ({"terminal": "t", "data": 12}, "'data' must be a string"),
        ({"terminal": "t", "data": {"nested": "x"}}, "'data' must be a string"),
        ({"terminal": "t", "data": "x", "exitCode": "one"}, "'exitCode' must be an integer"),
    ],
)
async def test_terminal_output_with_bad_params_warns_and_keeps_working(client, params, problem):
    """The user is told what is wrong (once per kind of problem: no popup storm)."""
    raw_notify(client, "errfix/terminalOutput", params)
    await wait_for(lambda: any(problem in m.message for m in client.messages), what=problem)
    assert crashes(client) == []
    await alive(client)


async def test_terminal_output_odd_but_usable_fields_are_tolerated(client, workspace):
    odd = [
        {"terminal": 7, "data": None},  # number name, null data
        {"terminal": "odd", "data": "x\n", "cwd": 5, "commandLine": ["python"], "exitCode": 1.0},
        {"terminal": "odd", "data": "y\n", "cwd": "file:///nowhere", "exitCode": None, "end": "yes"},
        {"terminal": "odd", "data": "z\n", "unknownField": {"a": [1, 2]}},
    ]
    for params in odd:
        raw_notify(client, "errfix/terminalOutput", params)
    await show_diagnostic(client, workspace, "odd")
    assert crashes(client) == []


async def test_huge_terminal_names_are_bounded(client, workspace):
    """A 2 MB terminal name must not end up in every diagnostic and message."""
    name = "t" * 2_000_000
    await execute(client, "errfix.clear")
    send_output(client, name, workspace.output, cwd=str(workspace.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(client, workspace.train))
    assert len(diagnostic.data["origin"]) < 1_000
    assert all(len(r.message) < 1_000 for r in diagnostic.related_information or [])
    # the same long name is the same terminal: its clean exit clears its diagnostics
    send_output(client, name, "fine\n", exit_code=0)
    await wait_for(lambda: not errfix_diagnostics(client, workspace.train), what="cleared")
    await alive(client)


@pytest.mark.parametrize(
    "params",
    [
        None,
        [],
        "garbage",
        {"uri": 5},
        {"uri": "file:///x.py", "diagnostics": 5},
        {"uri": "file:///x.py", "diagnostics": "nope"},
        {"uri": "file:///x.py", "diagnostics": {"a": 1}},
        {"uri": "file:///x.py", "diagnostics": [None, 1, "s", [], {"range": "r", "message": 5},
                                               {"range": {"start": {"line": -1, "character": 0},
                                                          "end": {"line": "x"}}, "message": "m"},
                                               {"range": {"start": {"line": 10**20, "character": 0},
                                                          "end": {"line": 10**20, "character": 0}},
                                                "message": "ValueError: x"}]},
    ],
    ids=["null", "array", "string", "uri-int", "diags-int", "diags-str", "diags-obj", "diags-junk"],
)
async def test_forwarded_diagnostics_garbage_is_ignored(client, params):
    raw_notify(client, "errfix/diagnostics", params)
    await alive(client)  # a round trip after the notification: it has been handled by now
    assert crashes(client) == []


async def test_forwarded_diagnostics_flood_is_bounded(client, workspace):
    """100,000 forwarded diagnostics in one message: handled in bounded time."""
    rng = {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 5}}
    message = "NotImplementedError: " + workspace.output.split("NotImplementedError: ", 1)[1]
    items = [{"range": rng, "message": message, "source": "Pylance"}] * 100_000
    raw_notify(client, "errfix/diagnostics", {"uri": workspace.layers.as_uri(), "diagnostics": items})
    await alive(client, timeout=30)
    assert crashes(client) == []


# -- commands ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("command", "arguments"),
    [
        ("errfix.noSuchCommand", []),
        ("errfix.search", ["a", "b", "c"]),
        ("errfix.search", [None]),
        ("errfix.search", ["x" * 20_000]),
        ("errfix.explain", []),
        ("errfix.explain", [{"text": "x"}]),
        ("errfix.showEntry", []),
        ("errfix.showEntry", [ENTRY, ENTRY]),
        ("errfix.showEntry", [["list"]]),
        ("errfix.runInTerminal", []),
        ("errfix.runInTerminal", [1, 2]),
        ("", []),
    ],
)
async def test_bad_commands_get_errors(client, command, arguments):
    with pytest.raises(JsonRpcException):
        await asyncio.wait_for(execute(client, command, *arguments), ANSWER)
    assert crashes(client) == []
    await alive(client)


async def test_clear_ignores_extra_arguments(client):
    assert await execute(client, "errfix.clear", 1, "two", {"three": 3}) is None
    await alive(client)


async def test_execute_command_with_malformed_params(client):
    for params in (None, {}, {"command": 5}, {"command": "errfix.search", "arguments": "get_config"}):
        with pytest.raises(JsonRpcException):
            await request(client, types.WORKSPACE_EXECUTE_COMMAND, params)
    await alive(client)


# -- cancellation and edit storms -------------------------------------------------------------


async def test_cancel_bursts(client, workspace):
    """1,000 cancels for ids never used, and cancels racing real requests."""
    for number in range(1000):
        raw_notify(client, types.CANCEL_REQUEST, {"id": f"never-{number}"})
    diagnostic = await show_diagnostic(client, workspace, "abuse-cancel")
    uri = workspace.train.as_uri()
    futures = []
    for number in range(200):
        msg_id = f"racing-{number}"
        futures.append(client.protocol.send_request(
            types.TEXT_DOCUMENT_HOVER,
            types.HoverParams(types.TextDocumentIdentifier(uri), diagnostic.range.start),
            msg_id=msg_id,
        ))
        raw_notify(client, types.CANCEL_REQUEST, {"id": msg_id})
        raw_notify(client, types.CANCEL_REQUEST, {"id": msg_id})  # twice
    answered = 0
    for future in futures:
        try:
            result = await asyncio.wait_for(asyncio.wrap_future(future), ANSWER)
        except JsonRpcException as exc:
            assert exc.code == -32800  # RequestCancelled
        else:
            assert result is not None and ENTRY in result.contents.value
        answered += 1
    assert answered == len(futures)
    assert crashes(client) == []
    await alive(client)


async def test_did_change_storm(client, workspace):
    """1,000 rapid incremental edits, then the server's copy must be the editor's."""
    uri = workspace.layers.as_uri()
    source = workspace.layers.read_text()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, source))
    )
    text = source
    for version in range(2, 1002):
        insert = f"# {version}\n"
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [types.TextDocumentContentChangePartial(
                    range=types.Range(types.Position(0, 0), types.Position(0, 0)), text=insert
                )],
            )
        )
        text = insert + text
    # edits that make no sense: a range far past the end, and a change for a closed document
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=1002),
            [types.TextDocumentContentChangePartial(
                range=types.Range(types.Position(10**6, 5), types.Position(10**6, 9)), text=""
            )],
        )
    )
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri="file:///never/opened.py", version=3),
            [types.TextDocumentContentChangeWholeDocument(text="x = 1\n")],
        )
    )
    await alive(client)
    # the definition diagnostic moved with the edits? The fix computed now names version 1002
    # and applies to the editor's text: the server kept every edit, in order.
    diagnostic = await show_diagnostic(client, workspace, "abuse-storm")
    class_line = next(i for i, line in enumerate(text.splitlines()) if line.startswith("class MyDense"))
    [definition] = await wait_for(lambda: errfix_diagnostics(client, workspace.layers))
    assert definition.range.start.line == class_line
    raw = await request(client, types.TEXT_DOCUMENT_CODE_ACTION, {
        "textDocument": {"uri": uri}, "range": unstructure(client, definition.range),
        "context": {"diagnostics": [unstructure(client, definition)]},
    })
    fixes = [a for a in raw if getattr(a, "data", None) and a.data.get("fixerId")]
    assert fixes and fixes[0].data["version"] == 1002
    assert diagnostic is not None
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    assert crashes(client) == []
    await alive(client)


async def test_log_document_typing_storm_is_debounced(client, workspace):
    """Typing in a log document: one rescan after the edits settle, not one per key."""
    log = workspace.root / "storm.log"
    uri = log.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "log", 1, ""))
    )
    text = ""
    for version, char in enumerate(workspace.output, start=2):
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=version),
                [types.TextDocumentContentChangeWholeDocument(text=text + char)],
            )
        )
        text += char
    [on_log] = await wait_for(lambda: errfix_diagnostics(client, log), what="log diagnostic")
    assert on_log.code == ENTRY
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
    await alive(client)
