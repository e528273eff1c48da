"""The errfix Neovim plugin end to end, in real headless Neovim against the real errfix-lsp.

A real Keras 3 script fails in a Neovim terminal buffer (no recorded output: the installed Keras
prints it, with the workspace's real paths). The plugin forwards the terminal to the server; the
diagnostics, hover, quick fix, search, explain, log-file, forwarded-diagnostic and health paths
are then driven from Lua (tests/editors/nvim/e2e.lua), which records what Neovim shows. The
assertions here compare that with facts computed independently: the lines in the workspace files,
the KB entry, and re-running the fixed script.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
import textwrap

import pytest

from errfix_lsp.engine import Engine
from tests.conftest import require
from tests.editors.nvim.harness import run_lua

ENTRY = "tensorflow/keras-model-save-custom-layer"

LAYERS = textwrap.dedent('''\
    """Custom layers of the demo model."""

    import keras


    class MyDense(keras.layers.Layer):
        def __init__(self, units, activation_fn=None, **kwargs):
            super().__init__(**kwargs)
            self.units = units
            self.activation_fn = activation_fn

        def build(self, input_shape):
            self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

        def call(self, x):
            y = keras.ops.matmul(x, self.w)
            return self.activation_fn(y) if self.activation_fn else y
    ''')

TRAIN = textwrap.dedent('''\
    """Build a small model with the custom layer and save it."""

    import os
    import tempfile

    import keras

    from layers import MyDense


    def scale(t):
        return t * 2.0


    inputs = keras.Input(shape=(4,))
    outputs = MyDense(3, activation_fn=scale, name="my_dense")(inputs)
    model = keras.Model(inputs, outputs)
    model.save(os.path.join(tempfile.mkdtemp(), "model.keras"))
    print("saved")
    ''')


def _line(source: str, prefix: str) -> int:
    """0-based index of the first line starting with `prefix`."""
    return next(i for i, line in enumerate(source.splitlines()) if line.startswith(prefix))


def _keras_env(home) -> dict[str, str]:
    """Keras writes ~/.keras: keep it in the test's temp dir."""
    return {**os.environ, "HOME": str(home), "KERAS_BACKEND": "numpy", "TF_CPP_MIN_LOG_LEVEL": "2"}


@pytest.fixture(scope="module")
def scenario(tmp_path_factory):
    """One Neovim session through the whole scenario (Keras is slow to import: run it once)."""
    require(importlib.util.find_spec("keras") is not None, "keras is not installed")
    tmp_path = tmp_path_factory.mktemp("nvim_e2e")
    # long enough that traceback lines naming it wrap in an 80-column terminal
    workspace = tmp_path / "a-project-folder-whose-name-is-long" / "workspace"
    workspace.mkdir(parents=True)
    (workspace / "layers.py").write_text(LAYERS)
    (workspace / "train.py").write_text(TRAIN)
    run = run_lua("e2e.lua", "e2e", tmp_path, {"ERRFIX_E2E_WORKSPACE": str(workspace)}, timeout=480)
    return run, workspace


def _steps(scenario) -> dict:
    run, _ = scenario
    assert run.result.get("failed") is None, run.failure()
    return run.result["steps"]


@pytest.mark.editors
def test_terminal_error_puts_diagnostics_on_the_class_and_the_call(scenario):
    steps = _steps(scenario)
    _, workspace = scenario
    assert steps["client"]["server_info"]["name"] == "errfix-lsp"
    terminal = steps["terminal"]
    assert terminal["exit_code"] != 0
    # The frame of train.py is longer than the terminal: Neovim hard-wrapped it, so the
    # diagnostic in train.py proves the plugin joined the wrapped line back.
    frame = f'  File "{workspace / "train.py"}", line {_line(TRAIN, "model.save(") + 1}, in <module>'
    assert len(frame) > terminal["width"], "workspace path too short to exercise line wrapping"
    assert frame not in terminal["lines"]
    assert frame[: terminal["width"]] in terminal["lines"]

    class_line = _line(LAYERS, "class MyDense")
    on_class = [d for d in steps["layers_diagnostics"] if d["lnum"] == class_line]
    assert on_class, steps["layers_diagnostics"]
    assert on_class[0]["code"] == ENTRY
    assert on_class[0]["data"]["captures"]["class_name"] == "MyDense"
    save_line = _line(TRAIN, "model.save(")
    assert [d["lnum"] for d in steps["train_diagnostics"] if d["code"] == ENTRY] == [save_line]


@pytest.mark.editors
def test_hover_shows_the_known_cause(scenario):
    steps = _steps(scenario)
    entry = Engine.load().kb.get(ENTRY)
    assert entry is not None
    hover = " ".join(steps["hover"].split())
    assert ENTRY in hover
    assert " ".join(entry.root_cause.split()) in hover


@pytest.mark.editors
def test_get_config_quick_fix_is_applied_and_fixes_the_script(scenario):
    steps = _steps(scenario)
    _, workspace = scenario
    preferred = [a for a in steps["actions"] if a.get("isPreferred")]
    assert len(preferred) == 1 and "get_config" in preferred[0]["title"], steps["actions"]
    assert any(a.get("command") == "errfix.showEntry" for a in steps["actions"])
    assert ENTRY in steps["show_entry_action"]  # the plugin ran the command client-side
    assert steps["applied"]["modified"] is False  # written by Neovim
    on_disk = (workspace / "layers.py").read_text()
    assert "def get_config" in on_disk
    tree = ast.parse(on_disk)
    layer = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MyDense")
    assert "get_config" in {n.name for n in layer.body if isinstance(n, ast.FunctionDef)}
    # The fix is real: the same script now saves the model.
    rerun = subprocess.run([sys.executable, "train.py"], cwd=workspace,
                           env=_keras_env(workspace.parent / "home"),
                           capture_output=True, text=True, timeout=240)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert "saved" in rerun.stdout


@pytest.mark.editors
def test_search_finds_the_entry_and_shows_it(scenario):
    steps = _steps(scenario)
    search = steps["search"]
    assert ENTRY in [item["id"] for item in search["items"]]
    assert any(ENTRY in shown for shown in search["shown"])
    assert ENTRY in search["float"] and "get_config" in search["float"]


@pytest.mark.editors
def test_explain_lists_the_error_at_the_users_line(scenario):
    steps = _steps(scenario)
    _, workspace = scenario
    in_train = [i for i in steps["explain"] if i["file"] == str(workspace / "train.py")]
    assert in_train and in_train[0]["lnum"] == _line(TRAIN, "model.save(") + 1
    assert ENTRY in in_train[0]["text"]


@pytest.mark.editors
def test_log_file_and_forwarded_diagnostics_are_recognised(scenario):
    steps = _steps(scenario)
    log = steps["log"]
    assert log["attached"]
    lines = log["lines"]
    marked = [lines[d["lnum"]] for d in log["diagnostics"] if d["code"] == ENTRY]
    assert any(line.startswith("NotImplementedError") for line in marked), marked
    assert ENTRY in steps["forwarded"]["hover"]
    assert steps["cleared"] is True


@pytest.mark.editors
def test_checkhealth_has_no_errors(scenario):
    health = _steps(scenario)["health"]
    text = "\n".join(health)
    assert "ERROR" not in text, text
    assert "OK server version: errfix-lsp" in text, text
    assert "running: errfix-lsp" in text, text
