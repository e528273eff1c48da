"""A workspace folder the editor removes is forgotten: its diagnostics are withdrawn (published
empty) and no fix edits a file in it any more, also when the editor still sends the old
diagnostic or resolves an action computed before. The other folders keep theirs.
"""

from __future__ import annotations

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from tests.lsp.conftest import ENTRY, errfix_diagnostics, send_output, start, wait_for
from tests.reliability.conftest import SERVER, Workspace, alive, make_workspace

pytestmark = pytest.mark.asyncio(loop_scope="function")


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, tmp_path):
    lsp_client.folders = [make_workspace(tmp_path / "a"), make_workspace(tmp_path / "b")]
    await start(lsp_client, lsp_client.folders[0].root, "visual-studio-code")
    add(lsp_client, lsp_client.folders[1])
    await alive(lsp_client)
    yield
    await lsp_client.shutdown_session()


def folder(ws: Workspace) -> types.WorkspaceFolder:
    return types.WorkspaceFolder(uri=ws.root.as_uri(), name=ws.root.name)


def add(client: LanguageClient, ws: Workspace) -> None:
    event = types.WorkspaceFoldersChangeEvent(added=[folder(ws)], removed=[])
    client.workspace_did_change_workspace_folders(types.DidChangeWorkspaceFoldersParams(event))


def remove(client: LanguageClient, ws: Workspace) -> None:
    event = types.WorkspaceFoldersChangeEvent(added=[], removed=[folder(ws)])
    client.workspace_did_change_workspace_folders(types.DidChangeWorkspaceFoldersParams(event))


async def show(client: LanguageClient, ws: Workspace, terminal: str) -> types.Diagnostic:
    """Run output of `ws` in a terminal; the definition-site diagnostic (where the fix goes)."""
    send_output(client, terminal, ws.output, cwd=str(ws.root), exit_code=1)
    await wait_for(lambda: errfix_diagnostics(client, ws.train), what=f"diagnostic in {ws.train}")
    # the class is defined in both folders, so each folder's layers.py may get a diagnostic per run
    found = await wait_for(lambda: errfix_diagnostics(client, ws.layers), what="definition site")
    assert {d.code for d in found} == {ENTRY}
    return found[0]


def edited_uris(action: types.CodeAction | types.Command) -> set[str]:
    """Files an action edits now (its edit) or after resolve (the URI in its data)."""
    found = set()
    data = getattr(action, "data", None)
    if isinstance(data, dict) and isinstance(data.get("uri"), str):
        found.add(data["uri"])
    edit = getattr(action, "edit", None)
    if edit is not None:
        found |= set(edit.changes or {})
        found |= {c.text_document.uri for c in edit.document_changes or [] if hasattr(c, "text_document")}
    return found


async def fixes(client: LanguageClient, ws: Workspace, diagnostic: types.Diagnostic | None) -> list:
    """Code actions asked for in `ws`'s layers.py that would edit a file of `ws` (the fix may also
    be offered for the same class in the other folder: that one edits a file still in the
    workspace)."""
    context = types.CodeActionContext(diagnostics=[diagnostic] if diagnostic else [])
    rng = diagnostic.range if diagnostic else types.Range(types.Position(0, 0), types.Position(20, 0))
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(types.TextDocumentIdentifier(ws.layers.as_uri()), rng, context)
    )
    inside = ws.root.as_uri() + "/"
    return [a for a in actions or [] if any(u.startswith(inside) for u in edited_uris(a))]


async def test_a_removed_folder_loses_its_diagnostics_and_fixes(client):
    a, b = client.folders
    in_a = await show(client, a, "ta")
    in_b = await show(client, b, "tb")
    before = await fixes(client, b, in_b)
    assert before, "precondition: a fix is offered in folder b"

    remove(client, b)
    await wait_for(
        lambda: not errfix_diagnostics(client, b.train) and not errfix_diagnostics(client, b.layers),
        what="folder b's diagnostics withdrawn",
    )
    for path in (b.train, b.layers):
        assert path.as_uri() in client.diagnostics  # published empty, not just never sent again
    assert await fixes(client, b, in_b) == []  # the editor may still hold the old diagnostic
    assert await fixes(client, b, None) == []
    try:  # an action computed before the removal: resolving it must not produce the edit
        resolved = await client.code_action_resolve_async(before[0])
    except JsonRpcException as refused:
        assert "outside the workspace" in str(refused)
    else:
        assert resolved.edit is None
    # folder a is untouched
    assert errfix_diagnostics(client, a.layers) and errfix_diagnostics(client, a.train)
    assert await fixes(client, a, in_a)
    await alive(client)


async def test_removing_the_root_folder_too_leaves_no_fix_behind(client):
    """rootUri names folder a: once every folder is gone it must not come back as a fallback."""
    a, b = client.folders
    in_a = await show(client, a, "ta")
    assert await fixes(client, a, in_a)
    remove(client, b)
    remove(client, a)
    await wait_for(lambda: not errfix_diagnostics(client, a.layers), what="folder a's diagnostics withdrawn")
    assert not errfix_diagnostics(client, a.train)
    assert await fixes(client, a, in_a) == []
    # new output from the removed folder places nothing there either
    send_output(client, "later", a.output, cwd=str(a.root), exit_code=1)
    await alive(client)
    assert not errfix_diagnostics(client, a.train) and not errfix_diagnostics(client, a.layers)


async def test_a_folder_added_back_gets_diagnostics_again(client):
    a, b = client.folders
    await show(client, b, "tb")
    remove(client, b)
    await wait_for(lambda: not errfix_diagnostics(client, b.layers), what="withdrawn")
    add(client, b)
    await show(client, b, "tb2")
