"""An error raised inside a `tf.function` lands on the user's line, not on `model.fit`.

tf-keras (Keras 2 API, TensorFlow 2.21) runs a custom layer's `call` as a graph: the traceback
ends in a generated `/tmp/__autograph_generated_file*.py`, and the user's line is only named in
the message, below "in user code:". The real library raises the real error here; the real
server must put the diagnostic on that line of `layers.py`.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import textwrap

import pytest_lsp
from pytest_lsp import LanguageClient

from tests.conftest import require
from tests.lsp.conftest import errfix_diagnostics, send_output, wait_for
from tests.reliability.conftest import SERVER, open_workspace, write_workspace

LAYERS = textwrap.dedent('''\
    import tensorflow as tf


    class Projection(tf.keras.layers.Layer):
        def build(self, input_shape):
            self.kernel = self.add_weight(name="kernel", shape=(5, 3))

        def call(self, inputs):
            return tf.matmul(inputs, self.kernel)
    ''')
TRAIN = textwrap.dedent('''\
    import numpy as np
    import tensorflow as tf

    from layers import Projection

    model = tf.keras.Sequential([tf.keras.Input(shape=(4,)), tf.keras.layers.Dense(4), Projection()])
    model.compile(optimizer="sgd", loss="mse")
    model.fit(np.ones((8, 4), "float32"), np.ones((8, 3), "float32"), epochs=1, verbose=0)
    ''')


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, tmp_path):
    for name in ("tensorflow", "tf_keras"):
        require(importlib.util.find_spec(name) is not None, f"{name} is not installed")
    await open_workspace(lsp_client, write_workspace(tmp_path / "ws", {"layers.py": LAYERS, "train.py": TRAIN}))
    yield
    await lsp_client.shutdown_session()


async def test_the_diagnostic_is_on_the_layer_line_named_in_user_code(client):
    root = client.root
    env = {**os.environ, "TF_USE_LEGACY_KERAS": "1", "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run([sys.executable, "train.py"], cwd=root, env=env, capture_output=True,
                          text=True, timeout=600, stdin=subprocess.DEVNULL)
    output = done.stdout + done.stderr
    assert done.returncode == 1, output
    assert "in user code:" in output and "__autograph_generated_file" in output, output
    innermost = [line for line in output.splitlines() if line.startswith('  File "')][-1]
    assert "__autograph_generated_file" in innermost  # the traceback alone does not reach layers.py

    send_output(client, "tf", output, cwd=str(root), exit_code=1)
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(client, root / "layers.py"), timeout=60,
                                  what="a diagnostic in layers.py")
    line = LAYERS.splitlines()[diagnostic.range.start.line]
    assert line.strip() == "return tf.matmul(inputs, self.kernel)"
    assert diagnostic.code == "tensorflow/tf-dimensions-must-be-equal"
    # the call that started the graph is a related location, not where the error sits
    assert not [d for d in errfix_diagnostics(client, root / "train.py")
                if d.data.get("role") == "error"]
