"""Migration fixes proven end to end: real library error -> real server -> code action -> program runs.

For every migration fixer: a reproduction script (repro/*/fix_*.py) is copied into a workspace and
run with the installed library, which raises the real error. Its output is streamed to the real
`errfix-lsp` server as terminal output; the diagnostic must land on the failing line with the
fixer's KB entry; the code action is resolved and its edit applied to the document text exactly
as an editor would; the edited script is run again and must now succeed and print the values
correct code prints (worked out by hand, e.g. RMSE of the fixed metric call). Asking again on the
fixed document must not offer the fix (idempotent). The pip fixer's action must carry the
distribution's install command, not an edit.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from errfix_lsp.repro import read_script
from tests.conftest import ROOT, require
from tests.lsp.conftest import SERVER, errfix_diagnostics, send_output, start, wait_for

pytestmark = [pytest.mark.repro, pytest.mark.asyncio(loop_scope="module")]


@dataclass(frozen=True)
class Case:
    script: str  # under repro/
    fixer: str
    needle: str  # text on the line the error must be reported on
    expected: str  # the line the fixed program must print
    crlf: bool = False

    @property
    def name(self) -> str:
        stem = Path(self.script).stem
        return f"{stem}_crlf" if self.crlf else stem


CASES = [
    Case("numpy/fix_removed_type_alias.py", "numpy-removed-aliases", "dtype=np.float)",
         "fixed: float64 int64 7.5 np.float stays in strings"),
    Case("numpy/fix_numpy2_removed_member.py", "numpy2-removed-members", "np.NaN",
         "fixed: 1 True 24 float64"),
    Case("numpy/fix_numpy2_removed_member.py", "numpy2-removed-members", "np.NaN",
         "fixed: 1 True 24 float64", crlf=True),
    Case("pandas/fix_dataframe_append.py", "pandas-append-to-concat", "df = df.append(more",
         "fixed: (3, 2) [0.9, 0.5, 0.25] [3]"),
    Case("pandas/fix_iteritems.py", "pandas-iteritems", "for name, column in df.iteritems",
         "fixed: {'a': 3, 'b': 7} [1, 2]"),
    Case("pandas/fix_applymap.py", "pandas-applymap", "clean = df.applymap",
         "fixed: [['ada', 'oslo'], ['bob', 'rome']]"),
    Case("sklearn/fix_externals_joblib.py", "sklearn-externals-joblib",
         "from sklearn.externals import joblib", "fixed: 7.0"),
    Case("sklearn/fix_externals_joblib_module.py", "sklearn-externals-joblib",
         "from sklearn.externals.joblib import", "fixed: [0, 1, 4, 9]"),
    Case("sklearn/fix_onehot_sparse.py", "sklearn-onehot-sparse-output", "encoder = OneHotEncoder(",
         "fixed: ndarray [[1.0, 0.0], [0.0, 1.0], [1.0, 0.0]]"),
    # RMSE of [3, 5, 2] vs [2, 5, 4] = sqrt(5 / 3) = 1.291; MSE = 1.6667
    Case("sklearn/fix_mean_squared_error_squared.py", "sklearn-rmse", "rmse = mean_squared_error(",
         "fixed: 1.291 1.6667"),
    Case("python/fix_collections_abc.py", "collections-abc", "isinstance(value, collections.Mapping)",
         "fixed: {'optim.lr': 0.1, 'optim.name': 'sgd', 'epochs': 3} <class 'collections.OrderedDict'>"),
    Case("python/fix_collections_abc_import.py", "collections-abc", "from collections import Iterable",
         "fixed: [1, 2] ['ab'] [('a', 1)]"),
]
PIP_CASE = Case("python/fix_module_not_found.py", "pip-install-missing-module", "import cv2", "")


def _run(path: Path) -> tuple[int, str]:
    env = {**os.environ, "PYTHONWARNINGS": "default"}
    done = subprocess.run(
        [sys.executable, path.name], cwd=path.parent, env=env, stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=180, check=False,
    )
    return done.returncode, done.stdout.decode("utf-8", errors="replace")


def _missing(case: Case) -> list[str]:
    script = read_script(ROOT / "repro" / case.script)
    assert script is not None, f"{case.script} has no errfix-repro header"
    return script.missing()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """Every case's script in one workspace folder, the CRLF variants with CRLF line ends."""
    root = tmp_path_factory.mktemp("migrations").resolve()
    for case in [*CASES, PIP_CASE]:
        target = root / f"{case.name}.py"
        shutil.copyfile(ROOT / "repro" / case.script, target)
        if case.crlf:
            target.write_bytes(target.read_bytes().replace(b"\n", b"\r\n"))
    return root


@pytest.fixture(scope="module")
def first_runs(workspace) -> dict[str, tuple[int, str]]:
    """The real library's failure for every case (two at a time: CI has two cores)."""
    cases = [c for c in [*CASES, PIP_CASE] if not _missing(c)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda c: _run(workspace / f"{c.name}.py"), cases))
    return {case.name: result for case, result in zip(cases, results, strict=True)}


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, workspace: Path):
    await start(lsp_client, workspace, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


async def _diagnostic(client: LanguageClient, workspace: Path, case: Case, first_runs):
    require(not _missing(case), f"{case.script} needs {', '.join(_missing(case))}")
    code, output = first_runs[case.name]
    assert code != 0, f"{case.script} must fail before the fix:\n{output[-2000:]}"
    path = workspace / f"{case.name}.py"
    send_output(client, f"term-{case.name}", output.replace("\n", "\r\n"), chunk=97,
                cwd=str(workspace), command=f"python {path.name}", exit_code=code)
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(client, path),
                                  what=f"diagnostic in {path.name}\n{output[-1500:]}")
    source = path.read_bytes().decode("utf-8")
    lines = source.splitlines()
    assert case.needle in lines[diagnostic.range.start.line], (
        f"diagnostic on line {diagnostic.range.start.line + 1}: "
        f"{lines[diagnostic.range.start.line]!r}"
    )
    assert case.fixer in diagnostic.data["fixes"]
    return path, source, diagnostic


async def _actions(client: LanguageClient, uri: str, diagnostic: types.Diagnostic) -> list:
    # the raw request: lsprotocol's client-side decoder turns command-bearing actions into Commands
    return await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri), diagnostic.range,
            types.CodeActionContext([diagnostic], only=[types.CodeActionKind.QuickFix]),
        ),
    )


def _fixer_action(actions: list, fixer: str):
    found = [a for a in actions if isinstance(getattr(a, "data", None), dict)
             and a.data.get("fixerId") == fixer]
    return found[0] if found else None


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_code_action_fixes_the_real_program(client, workspace, first_runs, case):
    path, source, diagnostic = await _diagnostic(client, workspace, case, first_runs)
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, source))
    )
    try:
        action = _fixer_action(await _actions(client, uri, diagnostic), case.fixer)
        assert action is not None, f"no {case.fixer} action"
        assert action.title.startswith("errfix: ") and action.kind == types.CodeActionKind.QuickFix
        resolved = await client.code_action_resolve_async(action)
        [change] = resolved.edit.document_changes
        assert change.text_document.uri == uri and change.text_document.version == 1
        fixed = apply_lsp_edits(source, change.edits)
        assert fixed != source
        if case.crlf:  # the file's line endings survive the edit
            assert "\r\n" in fixed and "\n" not in fixed.replace("\r\n", "")
        path.write_bytes(fixed.encode("utf-8"))
        code, output = _run(path)
        assert code == 0, f"fixed program still fails:\n{fixed}\n---\n{output[-2000:]}"
        assert case.expected in output.splitlines(), output[-2000:]
        # the fixed document: the same diagnostic no longer gets this fix (nothing left to change)
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                [types.TextDocumentContentChangeWholeDocument(text=fixed)],
            )
        )
        assert _fixer_action(await _actions(client, uri, diagnostic), case.fixer) is None
    finally:
        client.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri))
        )


async def test_missing_module_offers_the_distribution_install_command(client, workspace, first_runs):
    require(importlib.util.find_spec("cv2") is None, "cv2 is installed here: no error to reproduce")
    path, source, diagnostic = await _diagnostic(client, workspace, PIP_CASE, first_runs)
    assert diagnostic.data["captures"]["module"] == "cv2"
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, source))
    )
    try:
        actions = await _actions(client, uri, diagnostic)
        # lsprotocol 2025.0.0's client decoder turns a CodeAction that carries a command into a
        # Command whose `command` is the str() of the nested Command dict (notes/lsp-api-notes.md,
        # pitfall 4): read that dict back to check what the server really sent.
        runs = []
        for action in actions:
            nested = getattr(action, "command", None)
            if isinstance(nested, types.Command):
                runs.append({"title": nested.title, "command": nested.command,
                             "arguments": nested.arguments})
            elif isinstance(nested, str) and nested.startswith("{"):
                runs.append(ast.literal_eval(nested))
        runs = [r for r in runs if r["command"] == "errfix.runInTerminal"]
        assert [r["arguments"] for r in runs] == [["pip install opencv-python"]]
        assert runs[0]["title"] == "Run: pip install opencv-python"
        assert _fixer_action(actions, PIP_CASE.fixer) is None  # a command, never an edit
    finally:
        client.text_document_did_close(
            types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri))
        )


def apply_lsp_edits(source: str, edits) -> str:
    """Apply LSP TextEdits as an editor does (lines end at \\r\\n, \\n or \\r; ASCII columns)."""
    lines = _lsp_lines(source)
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


def _lsp_lines(text: str) -> list[str]:
    lines, start, index = [], 0, 0
    while index < len(text):
        if text[index] == "\r" and text[index + 1 : index + 2] == "\n":
            lines.append(text[start : index + 2])
            index += 2
            start = index
            continue
        if text[index] in "\r\n":
            lines.append(text[start : index + 1])
            start = index + 1
        index += 1
    if start < len(text):
        lines.append(text[start:])
    return lines
