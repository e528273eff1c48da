"""PyTorch fixes proven end to end: real torch error -> real server -> code action -> program runs.

For every PyTorch fixer: a reproduction script (repro/pytorch/fix_*.py) is copied into a workspace
and run with the installed torch, which raises the real error (a CUDA checkpoint on this CPU-only
machine, the 2.6 weights_only default, DataParallel keys, spawn workers, ...). Its output is
streamed to the real `errfix-lsp` server as terminal output; the diagnostic of the expected entry
must land on the failing line; the fixer's code action is resolved and its edit applied as an
editor would; the edited script runs again and must print the values correct code prints
(worked out by hand in each script's docstring). Asking again on the fixed document must not
offer the fix. Safety: an unsafe fix is never preferred, says why in its title, and comes after
the safe alternative for the same diagnostic.
"""

from __future__ import annotations

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
from tests.lsp.conftest import SERVER, start
from tests.reproduce._server_fix import failing_line_diagnostic
from tests.reproduce.test_migration_fixes import apply_lsp_edits

pytestmark = [pytest.mark.repro, pytest.mark.asyncio(loop_scope="module")]


@dataclass(frozen=True)
class Case:
    script: str  # under repro/pytorch/
    fixer: str
    entry: str
    needle: str  # text on the line the error must be reported on
    expected: str  # the line the fixed program must print
    copy: str = ""  # a second copy of the same script, for another fixer

    @property
    def name(self) -> str:
        return Path(self.script).stem + (f"_{self.copy}" if self.copy else "")


CASES = [
    Case(
        "fix_map_location_cpu.py",
        "torch-map-location-cpu",
        "pytorch/deserialize-cuda-without-cuda",
        "state = torch.load(path)",
        "fixed: cpu torch.float32 15.0 7",
    ),
    Case(
        "fix_weights_only_safe_globals.py",
        "torch-safe-globals",
        "pytorch/torch-load-weights-only",
        "checkpoint = torch.load(path)",
        "fixed: Config 0.1 [4, 2] 2.0",
    ),
    Case(
        "fix_weights_only_safe_globals.py",
        "torch-weights-only-false",
        "pytorch/torch-load-weights-only",
        "checkpoint = torch.load(path)",
        "fixed: Config 0.1 [4, 2] 2.0",
        copy="unsafe",
    ),
    Case(
        "fix_weights_only_namespace.py",
        "torch-safe-globals",
        "pytorch/torch-load-weights-only",
        "saved = torch.load(path)",
        "fixed: 3 0.01 30",
    ),
    Case(
        "fix_state_dict_module_prefix.py",
        "torch-strip-module-prefix",
        "pytorch/state-dict-module-prefix",
        "model.load_state_dict(torch.load(path))",
        "fixed: 9 True 3",
    ),
    # Linear(3, 1) with weights 1 and bias 0.5 on rows [0,1,2], [3,4,5], ...: row sums + 0.5
    Case(
        "fix_detach_numpy.py",
        "torch-detach-numpy",
        "pytorch/numpy-on-tensor-requiring-grad",
        "values = preds.numpy()",
        "fixed: float32 (4, 1) [3.5, 12.5, 21.5, 30.5] True",
    ),
    Case(
        "fix_dataloader_lambda.py",
        "torch-dataloader-lambda",
        "pytorch/dataloader-cant-pickle-local",
        "batches = [batch.tolist() for batch in loader]",
        "fixed: [[[0.0, 0.0], [10.0, 10.0]], [[20.0, 20.0], [30.0, 30.0]]]",
    ),
    # 0 + 1 + 4 + 9 + 16 + 25
    Case(
        "fix_main_guard.py",
        "torch-main-guard",
        "python/multiprocessing-main-guard",
        "for batch in loader:",
        "fixed: 55",
    ),
    Case(
        "fix_cuda_amp.py",
        "torch-amp-namespace",
        "pytorch/cuda-amp-deprecated",
        "scaler = torch.cuda.amp.GradScaler(",
        "fixed: torch.amp.grad_scaler [('_device', 'cuda'), ('_enabled', False)] [3.0, 3.0]",
    ),
    # log(1 + 2 e^-2) for every row
    Case(
        "fix_target_long.py",
        "torch-target-long",
        "pytorch/class-index-target-dtype",
        "loss = criterion(logits, labels)",
        "fixed: 0.2395",
    ),
    # mean(-log 0.9, -log 0.8, -log 0.8, -log 0.6)
    Case(
        "fix_target_float.py",
        "torch-target-float",
        "pytorch/float-loss-target-dtype",
        "loss = F.binary_cross_entropy(probs, labels)",
        "fixed: 0.2656",
    ),
]
# its own copy: the ordering test reads the document as it failed, untouched by the fix tests
ORDER_CASE = Case(
    "fix_weights_only_safe_globals.py",
    "torch-safe-globals",
    "pytorch/torch-load-weights-only",
    "checkpoint = torch.load(path)",
    "",
    copy="order",
)
UNSAFE = {
    "torch-weights-only-false": "allows arbitrary code from the checkpoint",
    "torch-target-long": "truncates labels that are not whole numbers",
}


def _run(path: Path) -> tuple[int, str]:
    env = {**os.environ, "PYTHONWARNINGS": "default"}
    done = subprocess.run(
        [sys.executable, path.name],
        cwd=path.parent,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=300,
        check=False,
    )
    return done.returncode, done.stdout.decode("utf-8", errors="replace")


def _missing(case: Case) -> list[str]:
    script = read_script(ROOT / "repro" / "pytorch" / case.script)
    assert script is not None, f"{case.script} has no errfix-repro header"
    # the entry whose diagnostic carries the fix; a script may end with a later consequence
    # (fix_main_guard.py: the workers' bootstrapping error, then the parent's "worker exited")
    assert case.entry == script.expects or case.fixer == "torch-main-guard", case
    return script.missing()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """Every case's script in its own folder of one workspace (spawn workers import it by name)."""
    root = tmp_path_factory.mktemp("torchfixes").resolve()
    for case in [*CASES, ORDER_CASE]:
        folder = root / case.name
        folder.mkdir()
        shutil.copyfile(ROOT / "repro" / "pytorch" / case.script, folder / f"{case.name}.py")
    return root


def _path(workspace: Path, case: Case) -> Path:
    return workspace / case.name / f"{case.name}.py"


@pytest.fixture(scope="module")
def first_runs(workspace) -> dict[str, tuple[int, str]]:
    """The real torch failure for every case (two at a time: CI has two cores)."""
    cases = [c for c in [*CASES, ORDER_CASE] if not _missing(c)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda c: _run(_path(workspace, c)), cases))
    return {case.name: result for case, result in zip(cases, results, strict=True)}


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, workspace: Path):
    await start(lsp_client, workspace, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


async def _diagnostic(client: LanguageClient, workspace: Path, case: Case, first_runs):
    require(not _missing(case), f"{case.script} needs {', '.join(_missing(case))}")
    code, output = first_runs[case.name]
    path = _path(workspace, case)
    source, diagnostic = await failing_line_diagnostic(
        client, path, case.entry, case.needle, case.fixer, code, output
    )
    return path, source, diagnostic


async def _actions(client: LanguageClient, uri: str, diagnostic: types.Diagnostic) -> list:
    return await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri),
            diagnostic.range,
            types.CodeActionContext([diagnostic], only=[types.CodeActionKind.QuickFix]),
        ),
    )


def _fixer_actions(actions: list) -> list:
    return [a for a in actions if isinstance(getattr(a, "data", None), dict) and a.data.get("fixerId")]


def _fixer_action(actions: list, fixer: str):
    found = [a for a in _fixer_actions(actions) if a.data["fixerId"] == fixer]
    return found[0] if found else None


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_code_action_fixes_the_real_program(client, workspace, first_runs, case):
    path, source, diagnostic = await _diagnostic(client, workspace, case, first_runs)
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, source))
    )
    try:
        actions = await _actions(client, uri, diagnostic)
        action = _fixer_action(actions, case.fixer)
        assert action is not None, f"no {case.fixer} action in {[a.title for a in actions]}"
        assert action.title.startswith("errfix: ") and action.kind == types.CodeActionKind.QuickFix
        if case.fixer in UNSAFE:
            assert action.title.endswith(f"(unsafe: {UNSAFE[case.fixer]})"), action.title
            assert not action.is_preferred
        else:
            assert "unsafe" not in action.title and action.is_preferred
        resolved = await client.code_action_resolve_async(action)
        [change] = resolved.edit.document_changes
        assert change.text_document.uri == uri and change.text_document.version == 1
        fixed = apply_lsp_edits(source, change.edits)
        assert fixed != source
        path.write_bytes(fixed.encode("utf-8"))
        code, output = _run(path)
        assert code == 0, f"fixed program still fails:\n{fixed}\n---\n{output[-2000:]}"
        assert case.expected in output.splitlines(), output[-2000:]
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                types.VersionedTextDocumentIdentifier(uri=uri, version=2),
                [types.TextDocumentContentChangeWholeDocument(text=fixed)],
            )
        )
        assert _fixer_action(await _actions(client, uri, diagnostic), case.fixer) is None
    finally:
        client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))


async def test_safe_globals_is_offered_before_weights_only_false(client, workspace, first_runs):
    """Same diagnostic, two fixes: the safe allow-list first and preferred, the unsafe one after."""
    path, source, diagnostic = await _diagnostic(client, workspace, ORDER_CASE, first_runs)
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, source))
    )
    try:
        actions = _fixer_actions(await _actions(client, uri, diagnostic))
        assert [a.data["fixerId"] for a in actions] == ["torch-safe-globals", "torch-weights-only-false"]
        safe, unsafe = actions
        assert safe.is_preferred and "unsafe" not in safe.title
        assert not unsafe.is_preferred
        assert unsafe.title == (
            "errfix: Load with weights_only=False (1 place) "
            "(unsafe: allows arbitrary code from the checkpoint)"
        )
    finally:
        client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))
