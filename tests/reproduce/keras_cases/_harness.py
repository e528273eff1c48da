"""Drive one Keras case end to end: real failing run → real errfix-lsp server → quick fix → re-run.

Nothing is simulated: the case script runs with the installed Keras and fails with its real
error; that output goes to the real server (started by pytest-lsp over stdio) as
`errfix/terminalOutput`; the test asks the server for code actions on the diagnostic it published
and applies the WorkspaceEdit it returns, exactly as an editor would; the fixed script must then
save, and load in a fresh process with identical outputs.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls import uris

CASES_DIR = Path(__file__).resolve().parent
STAGE_TIMEOUT = 240  # seconds; a Keras import on a busy 2-core CI box can take 20 s


@dataclass(frozen=True)
class Case:
    """A case script, the KB entry its failure must be recognised as, and the fix to apply.

    `target`: text on the line whose diagnostic gets the code action (the class definition for
    class fixes, the failing call for call-site fixes).
    """

    script: str
    entry: str
    fixer: str
    target: str
    env: dict[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{Path(self.script).stem}-{self.fixer}"


@dataclass
class Run:
    code: int
    output: str


def run_stage(workdir: Path, env: dict[str, str], *stage: str) -> Run:
    """Run `train.py` of a case directory (a fresh Python process) and capture its output."""
    full_env = dict(os.environ)
    full_env.update(env)
    full_env["PYTHONWARNINGS"] = "ignore"
    done = subprocess.run(
        [sys.executable, "train.py", *stage],
        cwd=workdir,
        env=full_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=STAGE_TIMEOUT,
        check=False,
    )
    return Run(done.returncode, done.stdout.decode("utf-8", errors="replace"))


def prepare(workspace: Path, cases: list[Case]) -> dict[str, tuple[Path, Run]]:
    """Copy every case into its own folder of the workspace and run the unfixed save stage,
    two at a time (CI has two cores)."""

    def one(case: Case) -> tuple[str, tuple[Path, Run]]:
        workdir = workspace / case.name
        workdir.mkdir(parents=True, exist_ok=True)
        shutil.copy(CASES_DIR / case.script, workdir / "train.py")
        return case.name, (workdir, run_stage(workdir, case.env))

    with ThreadPoolExecutor(max_workers=2) as pool:
        return dict(pool.map(one, cases))


async def wait_for_diagnostics(
    client, uri: str, code: str, lines: list[str], target: str, timeout: float = 60
) -> list:
    """The server's diagnostics for `uri` with `code` on a line containing `target`, once
    published (the server may publish a file's diagnostics more than once as output streams)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [
            d
            for d in client.diagnostics.get(uri, [])
            if d.code == code and target in lines[d.range.start.line]
        ]
        if found:
            return found
        await asyncio.sleep(0.05)
    published = {u: [(d.range.start.line + 1, d.code) for d in ds] for u, ds in client.diagnostics.items()}
    raise AssertionError(f"no {code} diagnostic on a line of {uri} with {target!r}; {published}")


def send_terminal_output(client, terminal: str, workdir: Path, output: str, code: int) -> None:
    """What the editor plugins send: the command's output in chunks, then its exit code."""
    params = {"terminal": terminal, "cwd": str(workdir), "commandLine": "python train.py"}
    for start in range(0, len(output), 4096):  # chunks split lines, as a terminal does
        client.protocol.notify(
            "errfix/terminalOutput", {**params, "data": output[start : start + 4096], "exitCode": None}
        )
    client.protocol.notify("errfix/terminalOutput", {**params, "data": "", "exitCode": code})


def apply_workspace_edit(edit: types.WorkspaceEdit, uri: str, text: str, encoding: str) -> str:
    """Apply the edits for `uri` as an editor does (positions in the negotiated encoding)."""
    edits: list[types.TextEdit] = []
    for change in edit.document_changes or []:
        assert isinstance(change, types.TextDocumentEdit), f"unexpected change {change!r}"
        if change.text_document.uri == uri:
            edits.extend(change.edits)  # type: ignore[arg-type]
    for change_uri, items in (edit.changes or {}).items():
        if change_uri == uri:
            edits.extend(items)
    assert edits, f"the WorkspaceEdit has nothing for {uri}"
    lines = text.splitlines(keepends=True)

    def offset(position: types.Position) -> int:
        base = sum(len(line) for line in lines[: position.line])
        if position.line >= len(lines):
            return len(text)
        line = lines[position.line]
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return base + index
            units += _units(char, encoding)
        return base + len(line)

    ordered = sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True)
    for item in ordered:
        start, end = offset(item.range.start), offset(item.range.end)
        text = text[:start] + item.new_text + text[end:]
    return text


def _units(char: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(char.encode("utf-8"))
    if encoding == "utf-32":
        return 1
    return 2 if ord(char) > 0xFFFF else 1


def accept_registrations(client) -> None:
    """Answer the server's dynamic registrations (the file watcher) as VS Code/Neovim do."""

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def _register(params: types.RegistrationParams) -> None:
        return None

    @client.feature(types.CLIENT_UNREGISTER_CAPABILITY)
    def _unregister(params: types.UnregistrationParams) -> None:
        return None


async def open_session(client, workspace: Path, profile: str) -> None:
    """Initialize as the editor with capability `profile` does, and keep the position encoding
    it agreed on (edits are applied in it)."""
    from pytest_lsp import client_capabilities

    accept_registrations(client)
    result = await client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities(profile),
            root_uri=workspace.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=workspace.as_uri(), name="ws")],
        )
    )
    client.position_encoding = result.capabilities.position_encoding or "utf-16"


def file_uri(path: Path) -> str:
    return uris.from_fs_path(str(path)) or path.as_uri()


def actions_for(result) -> list[types.CodeAction]:
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


def target_uri(action: types.CodeAction) -> str | None:
    """The document an action edits: from its edit when it has one, else from its data."""
    if action.edit is not None:
        # a "Don't show again" action may create pyproject.toml first (a CreateFile has a uri, no document)
        uris_ = [c.text_document.uri for c in action.edit.document_changes or [] if hasattr(c, "text_document")]
        uris_ += list((action.edit.changes or {}).keys())
        if uris_:
            return uris_[0]
    data = action.data if isinstance(action.data, dict) else {}
    return data.get("uri")


def fixer_of(action: types.CodeAction) -> str | None:
    data = action.data if isinstance(action.data, dict) else {}
    return data.get("fixerId")


async def apply_fix_through_server(case: Case, client, originals: dict[str, tuple[Path, Run]]) -> None:
    """Failure → diagnostic → code action → edit applied to the script on disk → not offered
    again. The fixed script is then run by `round_trip` (see the module docstring)."""
    workdir, original = originals[case.name]
    assert original.code != 0, f"the unfixed script must fail:\n{original.output[-3000:]}"
    script = workdir / "train.py"
    uri = file_uri(script)
    send_terminal_output(client, case.name, workdir, original.output, original.code)
    text = script.read_text(encoding="utf-8")
    lines = text.splitlines()
    diagnostics = await wait_for_diagnostics(client, uri, case.entry, lines, case.target)
    diagnostic = diagnostics[0]
    assert diagnostic.source == "errfix"

    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)
        )
    )
    context = types.CodeActionContext(diagnostics=[diagnostic], only=[types.CodeActionKind.QuickFix])
    params = types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range, context=context
    )
    offered = actions_for(await client.text_document_code_action_async(params))
    # Only the action for this document: the server may also offer the fix for a same-named
    # class in another file of the workspace (other cases define `MyDense` too).
    chosen = [a for a in offered if fixer_of(a) == case.fixer and target_uri(a) == uri]
    assert chosen, f"{case.fixer} not offered; got {[a.title for a in offered]}"
    action = chosen[0]
    if action.edit is None:
        action = await client.code_action_resolve_async(action)
    assert action.edit is not None, "the resolved action has no edit"
    for change in action.edit.document_changes or []:
        assert change.text_document.version == 1, "the edit must name the document version"
    encoding = getattr(client, "position_encoding", "utf-16")
    fixed = apply_workspace_edit(action.edit, uri, text, encoding)
    assert fixed != text
    script.write_text(fixed, encoding="utf-8")

    # Applied once, the fix is not offered again on the fixed text.
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)],
        )
    )
    again = actions_for(await client.text_document_code_action_async(params))
    assert case.fixer not in [fixer_of(a) for a in again if target_uri(a) == uri], (
        "the fix is offered again after applying"
    )
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )


def round_trip(workdir: Path, env: dict[str, str]) -> tuple[Run, Run | None]:
    """The fixed script's save stage, then (if it worked) its load stage in a fresh process."""
    saved = run_stage(workdir, env)
    if saved.code != 0:
        return saved, None
    return saved, run_stage(workdir, env, "load")


class FixedRuns:
    """Round trips of fixed scripts, run two at a time in the background while the next cases
    go through the server; the round-trip tests collect them (they run after all fix tests)."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=2)
        self._futures: dict[str, Future] = {}

    def start(self, case: Case, workdir: Path) -> None:
        self._futures[case.name] = self._pool.submit(round_trip, workdir, case.env)

    def check(self, case: Case, workdir: Path) -> None:
        future = self._futures.get(case.name)
        assert future is not None, "the quick fix was not applied (see the fix test of this case)"
        saved, loaded = future.result(timeout=2 * STAGE_TIMEOUT)
        fixed = (workdir / "train.py").read_text(encoding="utf-8")
        assert saved.code == 0, f"fixed script still fails:\n{fixed}\n{saved.output[-4000:]}"
        assert loaded is not None and loaded.code == 0 and "ROUND TRIP OK" in loaded.output, (
            f"fresh-process load of the fixed model failed:\n{loaded.output[-4000:] if loaded else ''}"
        )

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
