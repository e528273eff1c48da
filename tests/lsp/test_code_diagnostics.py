"""Diagnostics on the user's code: they follow incremental edits of the file they sit on (the
server keeps its own copy for hovers, code actions and the next publish; if that copy stayed on
the old line, the squiggle would jump back to it), and the same error seen from several
terminals leads to each fix once.
"""

from __future__ import annotations

import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import ENTRY, errfix_diagnostics, hover_text, send_output, wait_for
from tests.reliability.conftest import SERVER, alive, launch, make_workspace


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, tmp_path):
    lsp_client.ws = make_workspace(tmp_path / "ws")
    await launch(lsp_client, lsp_client.ws.root)
    await alive(lsp_client)
    yield
    await lsp_client.shutdown_session()


def edit(client: LanguageClient, uri: str, version: int, start: tuple, end: tuple, text: str) -> None:
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [types.TextDocumentContentChangePartial(
            range=types.Range(types.Position(*start), types.Position(*end)), text=text)],
    ))


async def moved_to(client: LanguageClient, path, line: int, character: int | None = None) -> types.Diagnostic:
    [diagnostic] = await wait_for(
        lambda: [d for d in errfix_diagnostics(client, path) if d.range.start.line == line
                 and character in (None, d.range.start.character)],
        what=f"the diagnostic on line {line}")
    return diagnostic


async def test_diagnostics_move_with_lines_added_and_removed_above(client):
    ws = client.ws
    uri = ws.train.as_uri()
    source = ws.train.read_text()
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(uri, "python", 1, source)))
    send_output(client, "t", ws.output, cwd=str(ws.root), exit_code=1)
    line = ws.raise_line()
    before = await moved_to(client, ws.train, line)
    assert before.code == ENTRY
    raise_text = source.splitlines()[line]

    edit(client, uri, 2, (0, 0), (0, 0), "import os\nimport sys\n")  # two lines on top
    after = await moved_to(client, ws.train, line + 2)
    assert (after.range.start.character, after.range.end.character) == (
        before.range.start.character, before.range.end.character)
    assert await hover_text(client, ws.train, types.Position(line + 2, 8))
    assert await hover_text(client, ws.train, types.Position(line, 8)) is None

    edit(client, uri, 3, (0, 0), (1, 0), "")  # one of them removed again
    await moved_to(client, ws.train, line + 1)

    edit(client, uri, 4, (line + 1, 0), (line + 1, 0), "    ")  # indent the raise line itself
    indented = await moved_to(client, ws.train, line + 1, before.range.start.character + 4)
    assert indented.range.end.character == before.range.end.character + 4

    # an edit below it moves nothing
    last = len(source.splitlines()) + 1
    edit(client, uri, 5, (last, 0), (last, 0), "\n\nprint('done')\n")
    await alive(client)
    [still] = errfix_diagnostics(client, ws.train)
    assert (still.range.start.line, still.range.start.character) == (line + 1, indented.range.start.character)
    # the server's text and its diagnostic agree: the squiggle is on the raise line
    lines = ["import sys", *source.splitlines()]
    lines[line + 1] = "    " + lines[line + 1]
    assert lines[still.range.start.line][still.range.start.character:].startswith(raise_text.strip())


async def test_the_same_error_from_several_terminals_offers_each_fix_once(client):
    """Each terminal keeps its own diagnostics; the class they all name is one fix site."""
    ws = client.ws
    for terminal in ("t1", "t2", "t3"):
        send_output(client, terminal, ws.output, cwd=str(ws.root), exit_code=1)
    await wait_for(lambda: len(errfix_diagnostics(client, ws.train)) == 3, what="three diagnostics")
    [first, *_] = errfix_diagnostics(client, ws.train)
    actions = await client.protocol.send_request_async(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionParams(
        types.TextDocumentIdentifier(ws.train.as_uri()), first.range, types.CodeActionContext([first])))
    titles = [action.title for action in actions]
    assert any("layers.py" in title for title in titles), titles
    assert len(titles) == len(set(titles)), titles
