"""Regression for issue 20: a quick fix in a file with a form feed (and U+2028, NEL) in a comment
before the Keras layer. Python's `str.splitlines` breaks lines there and LSP does not, which put
the inserted `get_config` mid-line. Driven through the real server with the real Keras output;
the edits are applied the way the editor of each profile applies them.
"""

from __future__ import annotations

import ast

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from errfix_lsp.fixers import run_fixer
from errfix_lsp.fixers.base import Fix, FixRequest
from tests.fuzz.test_fuzz_edits import apply_as_editor, editor_lines
from tests.lsp.conftest import (
    ENTRY,
    LAYERS,
    SERVER,
    TRAIN,
    KerasRun,
    errfix_diagnostics,
    execute,
    send_output,
    start,
    terminal_bytes,
    wait_for,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")
PROFILES = {"visual-studio-code": "utf-16", "neovim@v0.11": "utf-8"}
# every character str.splitlines breaks at and LSP does not, before the class, in comments
ODD_LAYERS = LAYERS.replace(
    "import keras\n",
    "import keras\n# section break \x0c (form feed) \u2028 \x85 \x1c \x1d \x1e \x0b 😀 end\n",
    1,
).replace("class MyDense", "# \x0c\nclass MyDense", 1)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, keras_run: KerasRun):
    root = tmp_path_factory.mktemp("odd").resolve()
    (root / "train.py").write_text(TRAIN)
    (root / "layers.py").write_bytes(ODD_LAYERS.encode("utf-8"))
    (root / "latin1.py").write_bytes(
        ODD_LAYERS.replace("class MyDense", "class Latin")
        .replace("# \x0c\n", "# caf\xe9\n")
        .encode("latin-1", errors="replace")
    )
    output = keras_run.output.replace(str(keras_run.root), str(root))
    return root, output


@pytest_lsp.fixture(scope="module", config=SERVER, params=list(PROFILES))
async def client(lsp_client: LanguageClient, request, workspace):
    await start(lsp_client, workspace[0], request.param)
    lsp_client.encoding = PROFILES[request.param]
    yield
    await lsp_client.shutdown_session()


async def test_get_config_fix_after_a_form_feed_lands_where_the_fixer_put_it(client, workspace):
    root, output = workspace
    layers = root / "layers.py"
    await execute(client, "errfix.clear")
    send_output(client, "t-ff", terminal_bytes(output), chunk=11, cwd=str(root), exit_code=1)
    [definition] = await wait_for(lambda: errfix_diagnostics(client, layers), what="definition")
    # the squiggle is on the name `MyDense`, on the line the editor shows it
    source = layers.read_bytes().decode("utf-8")
    name_at = source.rindex("\nclass MyDense(") + len("\nclass ")
    editor_line = next(n for n, (a, b) in enumerate(editor_lines(source)) if a <= name_at <= b)
    assert definition.range.start.line == editor_line
    assert (definition.range.start.character, definition.range.end.character) == (6, 13)

    uri = layers.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 3, source))
    )
    raw = await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri),
            definition.range,
            types.CodeActionContext([definition], only=[types.CodeActionKind.QuickFix]),
        ),
    )
    fix = next(a for a in raw if getattr(a, "data", None) and a.data.get("fixerId") == "keras-add-get-config")
    resolved = await client.code_action_resolve_async(fix)
    if resolved.edit.document_changes:
        edits = resolved.edit.document_changes[0].edits
    else:
        edits = resolved.edit.changes[uri]
    fixed = apply_as_editor(source, edits, client.encoding)
    intended = run_fixer(
        "keras-add-get-config",
        FixRequest(
            source=source,
            captures=definition.data["captures"],
            entry_id=ENTRY,
            line=definition.range.start.line + 1,
            path=str(layers),
        ),
    )
    assert isinstance(intended, Fix)
    assert fixed.encode() == intended.new_source.encode()
    [cls] = [n for n in ast.parse(fixed).body if isinstance(n, ast.ClassDef)]
    assert "get_config" in {f.name for f in cls.body if isinstance(f, ast.FunctionDef)}
    assert "\x0c (form feed) \u2028 \x85" in fixed  # the comment is intact
    client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))


async def test_a_file_that_is_not_utf8_on_disk_is_not_edited(client, workspace):
    """latin1.py is not open: errfix would read it with replacement characters, so it declines
    (a disabled action with the reason where the client shows those) instead of rewriting it."""
    root, _ = workspace
    path = root / "latin1.py"
    line = (
        path.read_bytes()
        .split(b"\n")
        .index(next(b for b in path.read_bytes().split(b"\n") if b.startswith(b"class Latin")))
    )
    diagnostic = types.Diagnostic(
        range=types.Range(types.Position(line, 6), types.Position(line, 11)),
        message="x",
        source="errfix",
        code=ENTRY,
        data={"entryId": ENTRY, "captures": {"class_name": "Latin"}, "role": "definition", "line": line + 1},
    )
    raw = await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(path.as_uri()),
            diagnostic.range,
            types.CodeActionContext([diagnostic], only=[types.CodeActionKind.QuickFix]),
        ),
    )
    edits = [
        a
        for a in raw or []
        if (getattr(a, "edit", None) or (getattr(a, "data", None) or {}).get("fixerId"))
        and "Don't show" not in a.title  # that one edits pyproject.toml's [tool.errfix], not this file
    ]
    assert edits == []
    disabled = [a for a in raw or [] if getattr(a, "disabled", None)]
    if client.capabilities.text_document.code_action.disabled_support:
        [action] = disabled
        assert "not UTF-8" in action.disabled.reason and "get_config" in action.title
    else:
        assert disabled == []
