"""A workspace opened through a symlinked folder: the traceback names the resolved paths, the
editor has the documents open under the link. Diagnostics and the fix's edits must use the
editor's URIs (issue 20: they went to the resolved path and the applied result did not parse).
"""

from __future__ import annotations

import ast

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.fuzz.test_fuzz_edits import apply_as_editor
from tests.lsp.conftest import (
    LAYERS,
    SERVER,
    TRAIN,
    KerasRun,
    execute,
    send_output,
    start,
    terminal_bytes,
    wait_for,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")


@pytest.fixture(scope="module")
def linked(tmp_path_factory, keras_run: KerasRun):
    base = tmp_path_factory.mktemp("linked").resolve()
    real = base / "real-project"
    real.mkdir()
    (real / "train.py").write_text(TRAIN)
    (real / "layers.py").write_text(LAYERS)
    link = base / "project-link"
    link.symlink_to(real, target_is_directory=True)
    return link, real, keras_run.output.replace(str(keras_run.root), str(real))


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, linked):
    await start(lsp_client, linked[0], "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


def ours(client: LanguageClient, uri: str) -> list[types.Diagnostic]:
    return [d for d in client.diagnostics.get(uri, []) if d.source == "errfix"]


async def test_diagnostics_and_edits_use_the_editors_uri(client, linked):
    link, real, output = linked
    await execute(client, "errfix.clear")
    send_output(client, "t-link", terminal_bytes(output), cwd=str(real), exit_code=1)
    layers_uri = (link / "layers.py").as_uri()
    [definition] = await wait_for(lambda: ours(client, layers_uri), what="diagnostic under the link")
    assert await wait_for(lambda: ours(client, (link / "train.py").as_uri()))
    assert not ours(client, (real / "layers.py").as_uri()) and not ours(client, (real / "train.py").as_uri())

    source = (link / "layers.py").read_text()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(layers_uri, "python", 4, source))
    )
    raw = await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(layers_uri),
            definition.range,
            types.CodeActionContext([definition], only=[types.CodeActionKind.QuickFix]),
        ),
    )
    fix = next(a for a in raw if (getattr(a, "data", None) or {}).get("fixerId") == "keras-add-get-config")
    resolved = await client.code_action_resolve_async(fix)
    [change] = resolved.edit.document_changes
    assert change.text_document.uri == layers_uri and change.text_document.version == 4
    fixed = apply_as_editor(source, change.edits, "utf-16")
    [cls] = [n for n in ast.parse(fixed).body if isinstance(n, ast.ClassDef)]
    assert "get_config" in {f.name for f in cls.body if isinstance(f, ast.FunctionDef)}
