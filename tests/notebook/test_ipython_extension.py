"""The IPython extension in real Jupyter kernels (nbclient + ipykernel), with real libraries.

Each test writes a notebook, executes it in a fresh ipykernel, and reads the outputs a user would
see: the error output must be exactly IPython's own, followed by errfix's rich output naming the
right entry; `%errfix fix` must make the code work when the notebook runs again.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import require

pytestmark = [pytest.mark.repro, pytest.mark.timeout(600)]

LOAD = "%load_ext errfix_lsp"
HELPERS = "import numpy as np\n\n\ndef make():\n    return np.zeros(3, dtype=np.float)\n"
LAYER = """import os
os.environ["KERAS_BACKEND"] = "numpy"
import keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

    def call(self, x):
        return keras.ops.matmul(x, self.w)
"""
SAVE = (
    'model = keras.Sequential([keras.Input((4,)), MyDense(3)])\nmodel.save("m.keras")\n'
    'restored = keras.models.load_model("m.keras")\nprint("loaded", restored.layers[0].units)\n'
)


def run_notebook(folder: Path, cells: list[str]) -> tuple[list, list]:
    """Execute `cells` in a fresh kernel in `folder`; (cells with outputs, execute_reply payloads)."""
    require(_has("nbclient") and _has("ipykernel"), "nbclient and ipykernel are installed")
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in cells])
    payloads: list = []

    def on_executed(cell, cell_index, execute_reply):
        payloads.extend(execute_reply.get("content", {}).get("payload", []))

    client = NotebookClient(
        notebook,
        timeout=300,
        kernel_name="python3",
        allow_errors=True,
        resources={"metadata": {"path": str(folder)}},
        on_cell_executed=on_executed,
    )
    old = os.environ.get("PYTHONWARNINGS")
    os.environ["PYTHONWARNINGS"] = "ignore"
    try:
        client.execute()
    finally:
        if old is None:
            os.environ.pop("PYTHONWARNINGS", None)
        else:
            os.environ["PYTHONWARNINGS"] = old
    return notebook.cells, payloads


def _has(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


def errfix_outputs(cell) -> list[dict]:
    return [
        o
        for o in cell.outputs
        if o.output_type == "display_data" and "errfix" in o.data.get("text/plain", "")
    ]


def error_of(cell):
    errors = [o for o in cell.outputs if o.output_type == "error"]
    return errors[0] if errors else None


def test_removed_numpy_alias_in_a_module_is_explained_and_fixed(tmp_path):
    (tmp_path / "helpers.py").write_text(HELPERS, encoding="utf-8")
    cells, _ = run_notebook(tmp_path, [LOAD, "from helpers import make\nmake()", "%errfix fix"])
    error = error_of(cells[1])
    assert error is not None and error.ename == "AttributeError"
    shown = errfix_outputs(cells[1])
    assert len(shown) == 1
    data = shown[0].data
    assert "errfix: numpy/removed-type-alias" in data["text/plain"]
    assert "numpy/removed-type-alias" in data["text/html"] and "```diff" in data["text/markdown"]
    assert cells[1].outputs.index(error) < cells[1].outputs.index(shown[0])  # after the traceback
    assert "dtype=float" in (tmp_path / "helpers.py").read_text(encoding="utf-8")
    again, _ = run_notebook(tmp_path, [LOAD, "from helpers import make\nprint(make().dtype)"])
    assert error_of(again[1]) is None and "float64" in again[1].outputs[0].text


def test_removed_pandas_api_in_a_cell_is_explained(tmp_path):
    cells, _ = run_notebook(
        tmp_path,
        [LOAD, "import pandas as pd\ndf = pd.DataFrame({'a': [1]})\nfor k, v in df.iteritems():\n    pass"],
    )
    assert error_of(cells[1]).ename == "AttributeError"
    assert "errfix: pandas/" in errfix_outputs(cells[1])[0].data["text/plain"]


def test_keras_layer_defined_in_a_cell_gets_a_fixed_cell_that_loads(tmp_path):
    cells, payloads = run_notebook(tmp_path, [LOAD, LAYER, SAVE, "%errfix fix"])
    assert error_of(cells[2]) is not None
    text = errfix_outputs(cells[2])[0].data["text/plain"]
    # Keras 3 builds the config of `units` itself; loading cannot find the unregistered class
    assert "errfix: tensorflow/keras-unknown-layer-not-registered" in text
    fixed = [p["text"] for p in payloads if p.get("source") == "set_next_input"]
    assert len(fixed) == 1 and "register_keras_serializable" in fixed[0]
    again, _ = run_notebook(tmp_path, [fixed[0], SAVE])
    assert error_of(again[1]) is None, error_of(again[1])
    assert "loaded 3" in "".join(o.get("text", "") for o in again[1].outputs)


def test_unknown_errors_and_clean_cells_add_nothing(tmp_path):
    cells, _ = run_notebook(
        tmp_path, [LOAD, "x = 1 + 1\nprint(x)", "raise ValueError('an error nobody has seen 4242')"]
    )
    assert errfix_outputs(cells[1]) == [] and errfix_outputs(cells[2]) == []
    assert [o.output_type for o in cells[2].outputs] == ["error"]


def test_a_failure_inside_errfix_leaves_the_traceback_intact(tmp_path):
    (tmp_path / "helpers.py").write_text(HELPERS, encoding="utf-8")
    plain, _ = run_notebook(tmp_path, ["from helpers import make\nmake()"])
    broken, _ = run_notebook(
        tmp_path,
        [
            LOAD,
            "import errfix_lsp.notebook as n\nn.bundle = lambda *a, **k: 1 / 0",
            "from helpers import make\nmake()",
        ],
    )
    before, after = error_of(plain[0]), error_of(broken[2])
    assert (after.ename, after.evalue) == (before.ename, before.evalue)
    assert len(after.traceback) == len(before.traceback)
    assert errfix_outputs(broken[2]) == []
    stderr = "".join(o.get("text", "") for o in broken[2].outputs if o.output_type == "stream")
    assert "errfix: could not explain" in stderr
