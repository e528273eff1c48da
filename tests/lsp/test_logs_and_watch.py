"""Log documents opened in the editor, and the `.errfix/*.log` files `errfix run` writes.

VS Code watches files for the server (dynamic registration); the Neovim 0.11 profile does not
offer that, so the server polls the watched globs itself.
"""

from __future__ import annotations

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import (
    ENTRY,
    SERVER,
    KerasRun,
    diagnostics_of,
    errfix_diagnostics,
    eventually,
    hover_text,
    start,
    wait_for,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest_lsp.fixture(scope="module", config=SERVER)
async def vscode(lsp_client: LanguageClient, keras_run: KerasRun):
    await start(lsp_client, keras_run.root, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(scope="module", config=SERVER)
async def nvim(lsp_client: LanguageClient, keras_run: KerasRun):
    await start(lsp_client, keras_run.root, "neovim@v0.11")
    yield
    await lsp_client.shutdown_session()


def open_doc(client, path, text, language="plaintext", version=1):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(path.as_uri(), language, version, text)
        )
    )


def key_line(output: str) -> int:
    """0-based line of the exception line in the output (found independently of the server)."""
    return next(i for i, line in enumerate(output.splitlines()) if line.startswith("NotImplementedError"))


async def test_log_document_gets_diagnostics_on_its_matched_line(vscode, keras_run):
    log = keras_run.root / "logs" / "train.log"
    log.parent.mkdir(exist_ok=True)
    log.write_text(keras_run.output)
    open_doc(vscode, log, keras_run.output)
    [on_log] = await wait_for(lambda: errfix_diagnostics(vscode, log), what="log diagnostic")
    assert on_log.range.start.line == key_line(keras_run.output) and on_log.code == ENTRY
    # the log's traceback also places the error in the code it names
    [in_code] = await wait_for(lambda: errfix_diagnostics(vscode, keras_run.train))
    related = [r.location.uri for r in in_code.related_information]
    assert log.as_uri() in related
    text = await hover_text(vscode, log, types.Position(on_log.range.start.line, 2))
    assert f"`{ENTRY}`" in text
    # editing the log re-explains it; closing it removes its diagnostics
    vscode.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=log.as_uri(), version=2),
            [types.TextDocumentContentChangeWholeDocument(text="nothing to see\n")],
        )
    )
    await wait_for(lambda: not errfix_diagnostics(vscode, log), what="log re-explained")
    await wait_for(lambda: not errfix_diagnostics(vscode, keras_run.train), what="code cleared")
    open_doc(vscode, log, keras_run.output, version=3)  # reopened after the change above
    await wait_for(lambda: errfix_diagnostics(vscode, log))
    vscode.text_document_did_close(
        types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(log.as_uri()))
    )
    await wait_for(lambda: not diagnostics_of(vscode, log), what="closed log cleared")


async def test_log_language_id_counts_and_other_documents_do_not(vscode, keras_run):
    named = keras_run.root / "captured-output.txt"
    open_doc(vscode, named, keras_run.output, language="log")
    await wait_for(lambda: errfix_diagnostics(vscode, named), what="languageId log")
    plain = keras_run.root / "notes.txt"
    open_doc(vscode, plain, keras_run.output, language="plaintext")
    search = await vscode.workspace_execute_command_async(
        types.ExecuteCommandParams("errfix.search", ["get_config"])
    )  # a round trip after the open: had it been explained, it would be published by now
    assert search and not errfix_diagnostics(vscode, plain)
    for path in (named, plain):
        vscode.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(path.as_uri()))
        )
    await wait_for(lambda: not errfix_diagnostics(vscode, keras_run.train), what="closed")


async def test_watched_run_log_produces_the_same_diagnostic(vscode, keras_run):
    [registration] = [
        r for params in vscode.registrations for r in params.registrations
        if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    ]
    patterns = [w["globPattern"] for w in registration.register_options["watchers"]]
    assert any(".errfix/*.log" in str(p) for p in patterns)
    run_log = keras_run.root / ".errfix" / "last-run.log"
    run_log.parent.mkdir(exist_ok=True)
    run_log.write_text(keras_run.output)
    vscode.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            [types.FileEvent(run_log.as_uri(), types.FileChangeType.Created)]
        )
    )
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(vscode, keras_run.train))
    assert diagnostic.code == ENTRY
    assert diagnostic.range.start.line == keras_run.line_of(keras_run.train, "model.save(")
    assert diagnostic.data["origin"] == f"watch:{run_log.as_uri()}"
    assert not diagnostics_of(vscode, run_log), "the run log itself is not marked"
    text = await eventually(lambda: hover_text(vscode, keras_run.train, diagnostic.range.start))
    assert f"`{ENTRY}`" in text
    run_log.unlink()
    vscode.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(
            [types.FileEvent(run_log.as_uri(), types.FileChangeType.Deleted)]
        )
    )
    await wait_for(lambda: not errfix_diagnostics(vscode, keras_run.train), what="cleared")


async def test_without_client_watchers_the_server_polls(nvim, keras_run):
    assert not [
        r for params in nvim.registrations for r in params.registrations
        if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
    ]
    run_log = keras_run.root / ".errfix" / "last-run.log"
    run_log.parent.mkdir(exist_ok=True)
    run_log.write_text(keras_run.output + "\n# polled\n")
    [diagnostic] = await wait_for(
        lambda: errfix_diagnostics(nvim, keras_run.train), timeout=15, what="polled run log"
    )
    assert diagnostic.code == ENTRY
    run_log.unlink()
    await wait_for(lambda: not errfix_diagnostics(nvim, keras_run.train), timeout=15)
