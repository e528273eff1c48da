"""Hugging Face fixes proven end to end: real transformers error -> real server -> code action -> runs.

For every Hugging Face fixer a reproduction script (repro/transformers/fix_*.py) is copied into a
workspace and run offline (HF_HUB_OFFLINE=1, tiny config-built models, a word-level tokenizer written
to a temporary folder) with the installed transformers, which raises the real error. Its output is
streamed to the real `errfix-lsp` server as terminal output; the diagnostic of the expected entry
must land on the failing line; the fixer's code action is resolved and applied as an editor would;
the edited script runs again and must print what the original meant (the saved weights, the asked-for
training arguments, the tokenized batch: worked out by hand in each script's docstring). Asking again
on the fixed document must not offer the fix. An unsafe fix is never preferred and says why.

Differential check, where the old behaviour is defined (the four renames): the unfixed script on
transformers 4.46.3 (the last 4.x release the KB captures, which still accepts the old names) must
print exactly the line the fixed script prints on the installed 5.x. A missing pad token fails on
every release, so that fix has no "before" to compare with.
"""

from __future__ import annotations

import shutil
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from errfix_lsp.repro import ReproScript, read_script
from errfix_lsp.venvs import VenvError, VersionSet, ensure_venv
from tests.conftest import ROOT, require
from tests.lsp.conftest import SERVER, start
from tests.reproduce._server_fix import failing_line_diagnostic
from tests.reproduce.test_migration_fixes import apply_lsp_edits

pytestmark = [pytest.mark.repro]

REPRO = ROOT / "repro" / "transformers"


@dataclass(frozen=True)
class Case:
    script: str  # under repro/transformers/
    fixer: str
    entry: str
    needle: str  # text on the line the error must be reported on
    expected: str  # the line the fixed program must print
    before: bool = True  # the unfixed program worked on the old release (differential check)

    @property
    def name(self) -> str:
        return Path(self.script).stem


CASES = [
    Case(
        "fix_use_auth_token.py",
        "hf-use-auth-token",
        "transformers/use-auth-token-removed",
        "model = BertModel.from_pretrained(path, use_auth_token=",
        "fixed: BertModel True [32, 16]",
    ),
    Case(
        "fix_eval_strategy.py",
        "hf-eval-strategy",
        "transformers/evaluation-strategy-renamed",
        "args = TrainingArguments(",
        "fixed: steps 5 True no 0.0003",
    ),
    Case(
        "fix_trainer_processing_class.py",
        "hf-trainer-processing-class",
        "transformers/trainer-tokenizer-argument-removed",
        "trainer = Trainer(",
        "fixed: True [[3, 4, 0], [5, 6, 7]]",
    ),
    Case(
        "fix_use_cpu.py",
        "hf-use-cpu",
        "transformers/no-cuda-argument-removed",
        "args = TrainingArguments(",
        "fixed: True cpu 4",
    ),
    Case(
        "fix_pad_token.py",
        "hf-pad-token",
        "transformers/pad-token-missing",
        'batch = tokenizer(["hello world", "how are you"], padding=True',
        "fixed: [[3, 4, 2], [5, 6, 7]] [[1, 1, 0], [1, 1, 1]]",
        before=False,
    ),
]
# the release before the removals (the KB's 4.x capture set; built once, cached under ~/.cache)
OLD_RELEASE = (
    "transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 "
    "dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit"
)
UNSAFE = {"hf-pad-token": "changes what padding the model sees; check the model's expected pad token"}


def _script(path: Path) -> ReproScript:
    script = read_script(path)
    assert script is not None, f"{path.name} has no errfix-repro header"
    return script


def _missing(case: Case) -> list[str]:
    script = _script(REPRO / case.script)
    assert script.expects == case.entry, f"{case.script} expects {script.expects}"
    assert script.env.get("HF_HUB_OFFLINE") == "1", f"{case.script} must run offline"
    return script.missing()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hffixes").resolve()
    for case in CASES:
        (root / case.name).mkdir()
        shutil.copyfile(REPRO / case.script, root / case.name / case.script)
    return root


def _path(workspace: Path, case: Case) -> Path:
    return workspace / case.name / case.script


def _run(path: Path) -> tuple[int, str]:
    """Run with the header's environment (offline hub, no TensorFlow)."""
    return _script(path).run(timeout=300)


@pytest.fixture(scope="module")
def first_runs(workspace) -> dict[str, tuple[int, str]]:
    """The real transformers failure for every case (two at a time: CI has two cores)."""
    cases = [c for c in CASES if not _missing(c)]
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


async def _fixer_action(client: LanguageClient, uri: str, diagnostic: types.Diagnostic, fixer: str):
    actions = await client.protocol.send_request_async(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionParams(
            types.TextDocumentIdentifier(uri),
            diagnostic.range,
            types.CodeActionContext([diagnostic], only=[types.CodeActionKind.QuickFix]),
        ),
    )
    found = [
        a for a in actions if isinstance(getattr(a, "data", None), dict) and a.data.get("fixerId") == fixer
    ]
    return (found[0] if found else None), [a.title for a in actions]


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
async def test_code_action_fixes_the_real_program(client, workspace, first_runs, case):
    path, source, diagnostic = await _diagnostic(client, workspace, case, first_runs)
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri, "python", 1, source))
    )
    try:
        action, titles = await _fixer_action(client, uri, diagnostic, case.fixer)
        assert action is not None, f"no {case.fixer} action in {titles}"
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
        again, _ = await _fixer_action(client, uri, diagnostic, case.fixer)
        assert again is None
    finally:
        client.text_document_did_close(types.DidCloseTextDocumentParams(types.TextDocumentIdentifier(uri)))


@pytest.fixture(scope="module")
def old_python() -> str:
    try:
        return ensure_venv(VersionSet.parse(OLD_RELEASE), log=lambda _m: None)
    except VenvError as problem:
        require(False, f"transformers 4.46.3 venv: {problem}")
        raise


DIFFERENTIAL = [c for c in CASES if c.before]


@pytest.mark.parametrize("case", DIFFERENTIAL, ids=[c.name for c in DIFFERENTIAL])
def test_original_on_the_old_release_prints_what_the_fix_prints(old_python, case):
    require(not _missing(case), f"{case.script} needs {', '.join(_missing(case))}")
    code, output = _script(REPRO / case.script).run(timeout=300, python=old_python)
    assert code == 0, f"{case.script} unfixed on transformers 4.46.3 must work:\n{output[-2000:]}"
    assert case.expected in output.splitlines(), output[-2000:]
