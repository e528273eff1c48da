"""Every Keras quick fix, proven against real Keras 3 (numpy backend) through the real server.

For each case in `keras_cases/`: the unfixed script fails with the real Keras error; its output,
sent to `errfix-lsp` as terminal output, yields a diagnostic with the expected KB entry on the
user's own code; the code action the server offers for it is applied from its WorkspaceEdit; the
same fix is no longer offered on the fixed text; and the fixed script saves, then loads in a fresh
process and computes identical outputs.

Client: the VS Code capability profile (resolve support, documentChanges, UTF-16 positions).
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

K3 = {"KERAS_BACKEND": "numpy"}
CASES = [
    Case("k3_function_arg.py", "tensorflow/keras-model-save-custom-layer", "keras-add-get-config",
         "class ScaledDense", K3),
    Case("k3_nested_layer.py", "tensorflow/keras-get-config-missing-init-arg",
         "keras-add-get-config", "class Residual", K3),
    Case("k3_no_kwargs.py", "tensorflow/keras-init-unexpected-kwarg", "keras-forward-kwargs",
         "class MyDense", K3),
    Case("k3_not_registered.py", "tensorflow/keras-unknown-layer-not-registered",
         "keras-register-serializable", "class MyDense", K3),
    Case("k3_not_registered.py", "tensorflow/keras-unknown-layer-not-registered",
         "keras-custom-objects", "keras.models.load_model(", K3),
    Case("k3_object_in_config.py", "tensorflow/keras-get-config-not-json-serializable",
         "keras-serializable-object", "class Scaler", K3),
    Case("k3_savedmodel_path.py", "tensorflow/keras-invalid-save-filepath", "keras-save-path",
         "model.save(EXPORT_DIR)", K3),
]  # fmt: skip
MISSING = [name for name in ("keras", "jax", "scipy") if importlib.util.find_spec(name) is None]


@pytest.fixture(scope="module")
def workspace():
    root = Path(tempfile.mkdtemp(prefix="errfix-keras3-")).resolve()
    yield root
    shutil.rmtree(root, ignore_errors=True)


@pytest_lsp.fixture(
    scope="module",
    config=ClientServerConfig(server_command=[sys.executable, "-m", "errfix_lsp.server"]),
)
async def client(lsp_client: LanguageClient, workspace: Path):
    await open_session(lsp_client, workspace, "visual-studio-code")
    yield
    await lsp_client.shutdown_session()


@pytest.fixture(scope="module")
def originals(workspace: Path):
    """The unfixed save stage of every case, run once (two at a time)."""
    require(not MISSING, f"Keras 3 reproduction needs {', '.join(MISSING)}")
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
