"""Noise control in the real server: severity per domain from settings, the "Don't show again
(workspace)" quick fix writing [tool.errfix] into the folder's pyproject.toml, and the next run of
the same program no longer raising the diagnostic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import SERVER, errfix_diagnostics, send_output, start, wait_for

pytestmark = pytest.mark.asyncio(loop_scope="module")
ENTRY = "numpy/removed-type-alias"


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("ignore-ws").resolve()
    (root / "train.py").write_text("import numpy as np\n\nx = np.zeros(3, dtype=np.float)\n")
    done = subprocess.run([sys.executable, "train.py"], cwd=root, capture_output=True, text=True)
    assert "np.float" in done.stderr
    return root, done.stderr


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, project):
    root, _ = project
    await start(lsp_client, root, "visual-studio-code", options={"severityByEntry": {"numpy": "warning"}})
    yield
    await lsp_client.shutdown_session()


async def test_severity_by_domain_then_dont_show_again(client, project):
    root, output = project
    train = root / "train.py"
    send_output(client, "t1", output, cwd=str(root), exit_code=1)
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(client, train))
    assert diagnostic.code == ENTRY and diagnostic.severity == types.DiagnosticSeverity.Warning

    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(train.as_uri(), "python", 1, train.read_text())
        )
    )
    found = await client.text_document_code_action_async(
        types.CodeActionParams(
            types.TextDocumentIdentifier(train.as_uri()),
            diagnostic.range,
            types.CodeActionContext([diagnostic]),
        )
    )
    [ignore] = [a for a in found if "Don't show" in a.title]
    assert ignore.title == f"errfix: Don't show {ENTRY} again (workspace)" and not ignore.is_preferred
    created, written = ignore.edit.document_changes
    assert created.uri == (root / "pyproject.toml").as_uri()
    (root / "pyproject.toml").write_text(written.edits[0].new_text)  # as the editor applies it
    assert (root / "pyproject.toml").read_text() == f'[tool.errfix]\nignore = ["{ENTRY}"]\n'

    send_output(client, "t1", output, cwd=str(root), exit_code=1)  # the same program, run again
    await wait_for(lambda: errfix_diagnostics(client, train) == [], what="diagnostic ignored")

    # a second entry id is appended to the same list, the rest of the file is kept
    (root / "pyproject.toml").write_text('[project]\nname = "demo"\n\n[tool.errfix]\nignore = ["x/y"]\n')
    send_output(client, "t1", output, cwd=str(root), exit_code=1)
    [again] = await wait_for(lambda: errfix_diagnostics(client, train))
    found = await client.text_document_code_action_async(
        types.CodeActionParams(
            types.TextDocumentIdentifier(train.as_uri()), again.range, types.CodeActionContext([again])
        )
    )
    [ignore] = [a for a in found if "Don't show" in a.title]
    [change] = ignore.edit.document_changes
    [edit] = change.edits
    lines = (root / "pyproject.toml").read_text().splitlines(keepends=True)
    assert (edit.range.start, edit.range.end) == (types.Position(4, 0), types.Position(5, 0))
    lines[4:5] = [edit.new_text]
    assert "".join(lines) == f'[project]\nname = "demo"\n\n[tool.errfix]\nignore = ["x/y", "{ENTRY}"]\n'
