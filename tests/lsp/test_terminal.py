"""Terminal output → diagnostics on the user's code, hover, code actions and run bookkeeping.

Runs once per client capability profile (VS Code and Neovim 0.11): Neovim negotiates utf-8
positions and VS Code utf-16, so ranges and edits are checked under both.
"""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from errfix_lsp.engine import Engine
from tests.lsp.conftest import (
    ENTRY,
    SERVER,
    KerasRun,
    errfix_diagnostics,
    execute,
    hover_text,
    send_output,
    start,
    terminal_bytes,
    wait_for,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")
PROFILES = ["visual-studio-code", "neovim@v0.11"]
FIXER = "keras-add-get-config"
RUN_IN_TERMINAL = "errfix.runInTerminal"


@pytest_lsp.fixture(scope="module", config=SERVER, params=PROFILES)
async def client(lsp_client: LanguageClient, request, keras_run: KerasRun):
    result = await start(lsp_client, keras_run.root, request.param)
    encodings = {"visual-studio-code": "utf-16", "neovim@v0.11": "utf-8"}
    assert result.capabilities.position_encoding == encodings[request.param]
    yield
    await lsp_client.shutdown_session()


async def run_keras(client: LanguageClient, keras_run: KerasRun, terminal: str, exit_code=1):
    """The real output in 7-character chunks (lines and escape sequences split anywhere)."""
    await execute(client, "errfix.clear")
    send_output(
        client, terminal, terminal_bytes(keras_run.output), chunk=7, cwd=str(keras_run.root),
        command="python train.py", exit_code=exit_code,
    )
    return await wait_for(
        lambda: errfix_diagnostics(client, keras_run.train), what="diagnostic in train.py"
    )


async def test_diagnostic_lands_on_the_innermost_workspace_frame(client, keras_run):
    [diagnostic] = await run_keras(client, keras_run, "t-frame")
    line = keras_run.line_of(keras_run.train, "model.save(")
    text = keras_run.train.read_text().splitlines()[line]
    assert diagnostic.range.start.line == line == diagnostic.range.end.line
    assert diagnostic.range.start.character == len(text) - len(text.lstrip())
    # the line has "模型": its end is 6 bytes further in utf-8 than in code points, 0 in utf-16
    assert "模型" in text
    utf8 = client.capabilities.general and client.capabilities.general.position_encodings
    units = len(text.encode("utf-8")) if utf8 else len(text.encode("utf-16-le")) // 2
    assert diagnostic.range.end.character == units
    assert diagnostic.code == ENTRY and diagnostic.source == "errfix"
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    entry = Engine.load().kb.get(ENTRY)
    assert diagnostic.code_description.href == entry.official_doc_url
    assert diagnostic.data["entryId"] == ENTRY
    assert diagnostic.data["captures"]["class_name"] == "MyDense"
    assert "keras-add-get-config" in diagnostic.data["fixes"]
    related = {(r.location.uri, r.location.range.start.line, r.message)
               for r in diagnostic.related_information}
    outer = keras_run.line_of(keras_run.train, "save(build())")
    assert (keras_run.train.as_uri(), outer, "in <module>") in related
    assert any("python train.py" in message for _, _, message in related)
    assert all("site-packages" not in uri for uri, _, _ in related)


async def test_definition_of_the_named_class_gets_a_diagnostic(client, keras_run):
    await run_keras(client, keras_run, "t-definition")
    [definition] = await wait_for(lambda: errfix_diagnostics(client, keras_run.layers))
    line = keras_run.line_of(keras_run.layers, "class MyDense(keras.layers.Layer):")
    text = keras_run.layers.read_text().splitlines()[line]
    assert definition.range.start.line == line
    assert text[definition.range.start.character : definition.range.end.character] == "MyDense"
    assert definition.data["role"] == "definition" and definition.code == ENTRY


async def test_hover_is_about_the_users_error(client, keras_run):
    """First the user's own exception as printed, then the cause, the quick fix, the best
    workaround; dead ends and what comes next folded to a line each. The full entry (every ranked
    workaround with its rate) is the "Show errfix entry" action (test_commands)."""
    [diagnostic] = await run_keras(client, keras_run, "t-hover")
    text = await hover_text(client, keras_run.train, diagnostic.range.start)
    entry = Engine.load().kb.get(ENTRY)
    first = text.splitlines()[0]
    assert first.startswith("`NotImplementedError:") and "MyDense" in first
    assert " ".join(entry.localized("root_cause", "en").split())[:120] in " ".join(text.split())
    assert "Quick fix:" in text and entry.workarounds("en")[0].action in text
    assert sum(1 for line in text.splitlines() if line.startswith("✗")) == 1
    assert entry.official_doc_url in text
    outside = types.Position(line=0, character=0)
    assert await hover_text(client, keras_run.train, outside) is None


async def test_event_is_published_before_the_command_ends(client, keras_run):
    await execute(client, "errfix.clear")
    # no exit code: the shell prompt line after the traceback proves the traceback ended
    send_output(client, "t-live", keras_run.output + "$ \n", chunk=64, cwd=str(keras_run.root))
    await wait_for(lambda: errfix_diagnostics(client, keras_run.train))


async def test_output_that_goes_quiet_is_reported_without_an_exit_code(client, keras_run):
    await execute(client, "errfix.clear")
    send_output(client, "t-quiet", keras_run.output + "user@host:~/proj$ ", cwd=str(keras_run.root))
    await wait_for(lambda: errfix_diagnostics(client, keras_run.train), timeout=10)


async def test_new_run_replaces_and_clean_exit_clears(client, keras_run):
    await run_keras(client, keras_run, "t-runs")
    # a second run of the same terminal fails elsewhere: the first run's diagnostics go
    other = (
        "Traceback (most recent call last):\n"
        f'  File "{keras_run.layers}", line 1, in <module>\n'
        "ModuleNotFoundError: No module named 'tensorflow_addons'\n"
    )
    send_output(client, "t-runs", other, cwd=str(keras_run.root), exit_code=1)
    await wait_for(lambda: not errfix_diagnostics(client, keras_run.train), what="train.py cleared")
    # a run that exits 0 clears the terminal's diagnostics
    send_output(client, "t-runs", keras_run.output, cwd=str(keras_run.root), exit_code=1)
    await wait_for(lambda: errfix_diagnostics(client, keras_run.train))
    send_output(client, "t-runs", "all good\n", cwd=str(keras_run.root), exit_code=0)
    await wait_for(lambda: not errfix_diagnostics(client, keras_run.train), what="clean exit")
    assert not errfix_diagnostics(client, keras_run.layers)


async def test_terminals_are_independent_and_clear_clears_all(client, keras_run):
    await run_keras(client, keras_run, "t-a")
    send_output(client, "t-b", "ok\n", exit_code=0)  # another terminal's clean run
    send_output(client, "t-b", "ok again\n", exit_code=0)
    [diagnostic] = errfix_diagnostics(client, keras_run.train)
    assert diagnostic.data["origin"] == "terminal:t-a"
    await execute(client, "errfix.clear")
    await wait_for(lambda: not errfix_diagnostics(client, keras_run.train), what="cleared")


async def test_code_actions_offer_the_registered_fix_and_show_entry(client, keras_run):
    await run_keras(client, keras_run, "t-actions")
    [definition] = await wait_for(lambda: errfix_diagnostics(client, keras_run.layers))
    source = keras_run.layers.read_text()
    uri = keras_run.layers.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 7, source))
    )
    # the raw request: lsprotocol's client-side decoder turns command-bearing actions into Commands
    raw = await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri), definition.range,
            types.CodeActionContext([definition], only=[types.CodeActionKind.QuickFix]),
        ),
    )
    titles = [a.title for a in raw]
    fix = next(a for a in raw if getattr(a, "data", None) and a.data.get("fixerId") == FIXER)
    assert fix.is_preferred and fix.kind == types.CodeActionKind.QuickFix
    assert any(t == f"Show errfix entry: {ENTRY}" for t in titles)
    # both profiles support codeAction/resolve: the edit is computed lazily
    assert fix.edit is None and fix.data["version"] == 7
    resolved = await client.code_action_resolve_async(fix)
    workspace_edit = client.capabilities.workspace.workspace_edit
    if workspace_edit.document_changes:  # VS Code: a versioned edit the client checks too
        [change] = resolved.edit.document_changes
        assert change.text_document.uri == uri and change.text_document.version == 7
        edits = change.edits
    else:  # Neovim 0.11 does not declare documentChanges: plain changes, checked by us
        assert resolved.edit.document_changes is None
        edits = resolved.edit.changes[uri]
    fixed = apply_lsp_edits(source, edits)
    tree = ast.parse(fixed)
    [cls] = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MyDense"]
    assert "get_config" in {f.name for f in cls.body if isinstance(f, ast.FunctionDef)}
    # the document changes: the old action must not be applied any more
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            types.VersionedTextDocumentIdentifier(uri=uri, version=8),
            [types.TextDocumentContentChangeWholeDocument(text=source + "\n# edited\n")],
        )
    )
    fix.edit = None
    with pytest.raises(Exception, match="changed"):
        await client.code_action_resolve_async(fix)
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))


def apply_lsp_edits(source: str, edits) -> str:
    """Apply LSP TextEdits (ASCII source: utf-8/utf-16 columns equal code points)."""
    lines = source.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))

    def offset(position: types.Position) -> int:
        if position.line >= len(lines):
            return len(source)
        return offsets[position.line] + position.character

    out = source
    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character),
                       reverse=True):
        out = out[: offset(edit.range.start)] + edit.new_text + out[offset(edit.range.end) :]
    return out


async def test_a_fix_that_is_a_shell_command_runs_errfix_run_in_terminal(client, keras_run):
    script = keras_run.root / "vision.py"
    script.write_text('"""Uses OpenCV, which this environment lacks."""\nimport cv2\n')
    done = subprocess.run(
        [sys.executable, str(script)], cwd=keras_run.root, capture_output=True, text=True,
        timeout=60,
    )
    assert "No module named 'cv2'" in done.stderr, done.stderr
    await execute(client, "errfix.clear")
    send_output(client, "t-pip", done.stderr, cwd=str(keras_run.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(client, script))
    assert diagnostic.range.start.line == 1 and diagnostic.data["captures"]["module"] == "cv2"
    raw = await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(script.as_uri()), diagnostic.range,
            types.CodeActionContext([diagnostic]),
        ),
    )
    # lsprotocol's client decoder turns actions with a command into Command objects whose
    # `command` field holds the whole nested command: check its text
    commands = [str(item.command) for item in raw]
    assert any(RUN_IN_TERMINAL in c and "pip install opencv-python" in c for c in commands)


async def test_fix_is_offered_at_the_error_line_for_the_class_defined_elsewhere(client, keras_run):
    [error] = await run_keras(client, keras_run, "t-elsewhere")
    await wait_for(lambda: errfix_diagnostics(client, keras_run.layers))
    raw = await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(keras_run.train.as_uri()), error.range,
            types.CodeActionContext([error]),
        ),
    )
    fix = next(a for a in raw if getattr(a, "data", None) and a.data.get("fixerId") == FIXER)
    assert fix.title.endswith("(in layers.py)") and fix.is_preferred
    assert fix.data["uri"] == keras_run.layers.as_uri() and fix.data["version"] is None
    resolved = await client.code_action_resolve_async(fix)
    edit = resolved.edit
    edits = edit.document_changes[0].edits if edit.document_changes else edit.changes[fix.data["uri"]]
    if edit.document_changes:
        assert edit.document_changes[0].text_document.uri == keras_run.layers.as_uri()
    fixed = apply_lsp_edits(keras_run.layers.read_text(), edits)
    assert "def get_config(self)" in fixed and ast.parse(fixed)
