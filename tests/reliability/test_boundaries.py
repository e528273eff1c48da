"""Boundaries: errfix places diagnostics and offers edits only inside the workspace folders, and
it never runs code or opens a network connection.

Tracebacks are printed by real Python runs whose frames leave the workspace the two ways a path
can: a symlink inside the workspace that points out of it, and a `sub/../../outside` path on
`sys.path`. The no-network/no-exec test runs the real server under a Python audit hook
(tests/reliability/audited_server.py) through a whole editing session.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.lsp.conftest import ENTRY, errfix_diagnostics, execute, hover_text, send_output, wait_for
from tests.reliability.conftest import (
    LAYERS,
    SERVER,
    TRAIN,
    alive,
    launch,
    make_workspace,
    open_workspace,
    write_workspace,
)

HELPER = textwrap.dedent('''\
    import keras

    MESSAGE = "\\nObject {} was created by passing\\nnon-serializable argument values in `__init__()`,\\nand therefore the object must override `get_config()` in\\norder to be serializable. Please implement `get_config()`.\\n"


    class MyDense(keras.layers.Layer):
        def __init__(self, units, **kwargs):
            super().__init__(**kwargs)


    def save(name):
        raise NotImplementedError(MESSAGE.format(name))
    ''')

VIA_SYMLINK = "import linked\n\nlinked.save('MyDense')\n"
VIA_DOTDOT = textwrap.dedent('''\
    import os
    import sys

    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "sub", "..", "..", "outside"))
    import helper

    helper.save("MyDense")
    ''')


def run(root: Path, script: str) -> str:
    done = subprocess.run([sys.executable, script], cwd=root, capture_output=True, text=True,
                          timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and "was created by passing" in done.stderr, done.stderr
    return done.stderr


def inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, tmp_path):
    outside = write_workspace(tmp_path / "outside", {"helper.py": HELPER})
    root = write_workspace(tmp_path / "ws", {"sub/__init__.py": "", "via_symlink.py": VIA_SYMLINK,
                                             "via_dotdot.py": VIA_DOTDOT})
    os.symlink(outside / "helper.py", root / "linked.py")
    await open_workspace(lsp_client, root)
    yield
    await lsp_client.shutdown_session()


async def test_frames_leaving_the_workspace_get_nothing(client, tmp_path):
    root = client.root
    helper = tmp_path / "outside" / "helper.py"
    for script in ("via_symlink.py", "via_dotdot.py"):
        output = run(root, script)
        frame_paths = [line.split('"')[1] for line in output.splitlines() if line.startswith("  File ")]
        assert any(not inside(Path(p), root) for p in frame_paths), output  # the trick is real
        send_output(client, script, output, cwd=str(root), exit_code=1)
        [diagnostic] = await wait_for(lambda s=script: errfix_diagnostics(client, root / s),
                                      what=f"diagnostic on {script}")
        call = (root / script).read_text().splitlines()[diagnostic.range.start.line]
        assert diagnostic.code == ENTRY
        assert call.endswith((".save('MyDense')", '.save("MyDense")')), call
    await alive(client)
    published = [Path(uri.removeprefix("file://")) for uri, found in client.diagnostics.items() if found]
    assert published and all(inside(p, root) and not p.is_symlink() for p in published), published
    # the outside file and the link to it: no hover, no fix, even when asked directly
    for path in (helper, root / "linked.py"):
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(path.as_uri(), "python", 1, path.read_text())))
        assert await hover_text(client, path, types.Position(line=12, character=8)) is None
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            types.TextDocumentIdentifier(path.as_uri()),
            types.Range(types.Position(0, 0), types.Position(13, 0)),
            types.CodeActionContext(diagnostics=[])))
        assert not [a for a in actions or [] if getattr(a, "edit", None) or getattr(a, "data", None)]


AUDIT = Path(tempfile.mkdtemp(prefix="errfix-audit-"))
AUDITED = ClientServerConfig(server_command=[
    sys.executable, "-m", "tests.reliability.audited_server", str(AUDIT / "audit.log"), str(AUDIT / "ws")])


def test_the_audit_hook_records_connections_and_programs(tmp_path):
    """The probe itself: if it missed these, the test below would prove nothing."""
    log = tmp_path / "audit.log"
    code = ("import socket, subprocess, sys\n"
            "from tests.reliability.audited_server import install\n"
            f"install({str(log)!r}, {str(tmp_path)!r})\n"
            "try:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError:\n    pass\n"
            "subprocess.run(['true'])\n"
            f"sys.path.insert(0, {str(tmp_path)!r})\nimport train\n")
    (tmp_path / "train.py").write_text("x = 1\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
    events = {line.split()[0] for line in log.read_text().splitlines()}
    assert {"socket.__new__", "socket.connect", "subprocess.Popen", "import", "exec"} <= events, events


@pytest_lsp.fixture(config=AUDITED)
async def audited(lsp_client: LanguageClient):
    lsp_client.workspace = make_workspace(AUDIT / "ws")
    await launch(lsp_client, lsp_client.workspace.root)
    yield


async def test_a_whole_editing_session_opens_no_socket_and_runs_nothing(audited):
    client = audited
    workspace = client.workspace
    for path, text in ((workspace.train, TRAIN), (workspace.layers, LAYERS)):
        client.text_document_did_open(types.DidOpenTextDocumentParams(
            types.TextDocumentItem(path.as_uri(), "python", 1, text)))
    send_output(client, "t", workspace.output, cwd=str(workspace.root), exit_code=1)
    await wait_for(lambda: errfix_diagnostics(client, workspace.train))
    [definition] = await wait_for(lambda: errfix_diagnostics(client, workspace.layers))
    assert await hover_text(client, workspace.train, types.Position(workspace.raise_line(), 8))
    actions = await client.protocol.send_request_async(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionParams(
        types.TextDocumentIdentifier(workspace.layers.as_uri()), definition.range,
        types.CodeActionContext([definition])))
    fixes = [a for a in actions if getattr(a, "data", None) and a.data.get("fixerId")]
    assert fixes and (await client.code_action_resolve_async(fixes[0])).edit
    assert await execute(client, "errfix.search", "get_config")
    assert await execute(client, "errfix.explain", workspace.output)
    log = workspace.root / ".errfix" / "run.log"
    log.parent.mkdir(exist_ok=True)
    log.write_text(workspace.output)
    client.text_document_did_open(types.DidOpenTextDocumentParams(
        types.TextDocumentItem(log.as_uri(), "log", 1, workspace.output)))
    await wait_for(lambda: errfix_diagnostics(client, log), what="diagnostics on the log document")
    await client.shutdown_session()
    events = (AUDIT / "audit.log").read_text() if (AUDIT / "audit.log").exists() else ""
    assert events == "", events
