"""The Keras quick fixes on the Keras 2 API (tf-keras 2.21 on TensorFlow 2.21), through the real
server with the Neovim capability profile.

Same proof as test_keras_fixes.py: real failure → server diagnostic → code action applied from
its WorkspaceEdit → not offered again → fixed script saves, loads in a fresh process, identical
outputs. `tf_not_registered.py` is written against `tf.keras` and runs with
`TF_USE_LEGACY_KERAS=1`, so the fix must speak the `tf.keras.utils` dialect.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
import pytest_lsp
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.conftest import require

from .keras_cases._harness import (
    Case,
    FixedRuns,
    apply_fix_through_server,
    open_session,
    prepare,
)

LEGACY = {"TF_USE_LEGACY_KERAS": "1", "TF_CPP_MIN_LOG_LEVEL": "1"}
CASES = [
    Case("tf_function_arg.py", "tensorflow/keras-model-save-custom-layer", "keras-add-get-config",
         "class ScaledDense", LEGACY),
    Case("tf_no_kwargs.py", "tensorflow/keras-init-unexpected-kwarg", "keras-forward-kwargs",
         "class MyDense", LEGACY),
    Case("tf_not_registered.py", "tensorflow/keras-unknown-layer-not-registered",
         "keras-register-serializable", "class MyDense", LEGACY),
]  # fmt: skip
MISSING = [name for name in ("tf_keras", "tensorflow") if importlib.util.find_spec(name) is None]


@pytest.fixture(scope="module")
def workspace():
    root = Path(tempfile.mkdtemp(prefix="errfix-tfkeras-")).resolve()
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "errfix_lsp.server"]),
)
async def client(lsp_client: LanguageClient, workspace: Path):
    await open_session(lsp_client, workspace, "neovim")
    yield
    await lsp_client.shutdown_session()


@pytest.fixture(scope="module")
def originals(workspace: Path):
    """The unfixed save stage of every case, run once (two at a time)."""
    require(not MISSING, f"Keras 2 reproduction needs {', '.join(MISSING)}")
    return prepare(workspace, CASES)


@pytest.fixture(scope="module")
def fixed_runs():
    runs = FixedRuns()
    yield runs
    runs.close()


@pytest.mark.repro
@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
async def test_server_offers_and_applies_the_fix(case: Case, client: LanguageClient, originals, fixed_runs):
    await apply_fix_through_server(case, client, originals)
    fixed_runs.start(case, originals[case.name][0])


@pytest.mark.repro
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_fixed_script_saves_and_reloads_identically(case: Case, originals, fixed_runs):
    fixed_runs.check(case, originals[case.name][0])
