"""Shared pieces of the end-to-end tests: a workspace, a REAL Keras failure in it, and helpers.

Every test here drives the real server process (`python -m errfix_lsp.server`) over stdio with
pytest-lsp's real client. The Keras output is not recorded: the installed Keras 3 runs the
workspace's `train.py` once per session and prints it, with the workspace's real paths.
"""

from __future__ import annotations

import asyncio
import importlib.util
import os
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.conftest import require

ENTRY = "tensorflow/keras-model-save-custom-layer"
SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "errfix_lsp.server"])

LAYERS = textwrap.dedent('''\
    """Custom layers. The name MyDense below is in a docstring, not a definition:
    class MyDense(keras.layers.Layer)
    """

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
    """Build a model with the custom layer and save it (a lambda argument cannot be saved)."""

    import os
    import tempfile

    import keras

    from layers import MyDense


    def build():
        inputs = keras.Input(shape=(4,))
        outputs = MyDense(3, activation_fn=lambda t: t * 2.0, name="my_dense")(inputs)
        return keras.Model(inputs, outputs)


    def save(model):
        model.save(os.path.join(tempfile.mkdtemp(), "模型.keras"))


    save(build())
    ''')


@dataclass(frozen=True)
class KerasRun:
    """The workspace and what the real Keras printed when `train.py` failed in it."""

    root: Path
    output: str
    exit_code: int

    @property
    def train(self) -> Path:
        return self.root / "train.py"

    @property
    def layers(self) -> Path:
        return self.root / "layers.py"

    def line_of(self, path: Path, needle: str) -> int:
        """0-based line of the first line starting with `needle`, indentation aside."""
        for number, line in enumerate(path.read_text().splitlines()):
            if line.lstrip().startswith(needle):
                return number
        raise AssertionError(f"{needle!r} not in {path}")


@pytest.fixture(scope="session")
def keras_run(tmp_path_factory) -> KerasRun:
    require(importlib.util.find_spec("keras") is not None, "keras is not installed")
    root = tmp_path_factory.mktemp("workspace").resolve()
    (root / "layers.py").write_text(LAYERS)
    (root / "train.py").write_text(TRAIN)
    env = {**os.environ, "KERAS_BACKEND": "numpy", "TF_CPP_MIN_LOG_LEVEL": "3"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "train.py"], cwd=root, env=env, capture_output=True, text=True,
        timeout=300, stdin=subprocess.DEVNULL,
    )
    output = done.stdout + done.stderr
    assert done.returncode != 0, output
    assert "was created by passing" in output, output
    return KerasRun(root, output, done.returncode)


def initialize_params(
    root: Path, profile: str, locale: str | None = None, options: dict | None = None
) -> types.InitializeParams:
    return types.InitializeParams(
        capabilities=client_capabilities(profile),
        root_uri=root.as_uri(),
        workspace_folders=[types.WorkspaceFolder(uri=root.as_uri(), name=root.name)],
        locale=locale,
        initialization_options=options,
    )


async def start(
    client: LanguageClient, root: Path, profile: str, locale: str | None = None,
    options: dict | None = None,
) -> types.InitializeResult:
    """Initialize as an editor with `profile` does (it answers capability registrations)."""
    client.registrations = record_registrations(client)
    return await client.initialize_session(initialize_params(root, profile, locale, options))


def record_registrations(client: LanguageClient) -> list[types.RegistrationParams]:
    """Answer `client/registerCapability` as an editor does, and keep what was registered."""
    seen: list[types.RegistrationParams] = []

    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register(params: types.RegistrationParams) -> None:
        seen.append(params)

    @client.feature(types.CLIENT_UNREGISTER_CAPABILITY)
    def unregister(params: types.UnregistrationParams) -> None:
        return None

    return seen


def send_output(
    client: LanguageClient,
    terminal: str,
    data: str,
    *,
    chunk: int = 0,
    cwd: str | None = None,
    command: str | None = None,
    exit_code: int | None = None,
) -> None:
    """Send terminal output as `errfix/terminalOutput` chunks (a chunk may split anything)."""
    pieces = [data[i : i + chunk] for i in range(0, len(data), chunk)] if chunk else [data]
    for piece in pieces:
        client.protocol.notify(
            "errfix/terminalOutput",
            {"terminal": terminal, "data": piece, "cwd": cwd, "commandLine": command,
             "exitCode": None},
        )
    if exit_code is not None:
        client.protocol.notify(
            "errfix/terminalOutput",
            {"terminal": terminal, "data": "", "cwd": cwd, "commandLine": command,
             "exitCode": exit_code},
        )


def terminal_bytes(text: str) -> str:
    """What VS Code's shell integration hands over: OSC marks, colours and CRLF."""
    coloured = text.replace("NotImplementedError", "\x1b[1;31mNotImplementedError\x1b[0m")
    return "\x1b]633;C\x07" + coloured.replace("\n", "\r\n")


async def wait_for(predicate, timeout: float = 20.0, what: str = "condition"):
    """Poll until `predicate()` is truthy (the server answers asynchronously)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.02)


async def eventually(fetch, predicate=bool, timeout: float = 20.0, what: str = "result"):
    """Await `fetch()` until `predicate(result)` holds; return that result."""
    deadline = time.monotonic() + timeout
    while True:
        result = await fetch()
        if predicate(result):
            return result
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}: {result!r}")
        await asyncio.sleep(0.05)


def diagnostics_of(client: LanguageClient, path: Path) -> list[types.Diagnostic]:
    return list(client.diagnostics.get(path.as_uri(), []))


def errfix_diagnostics(client: LanguageClient, path: Path) -> list[types.Diagnostic]:
    return [d for d in diagnostics_of(client, path) if d.source == "errfix"]


async def execute(client: LanguageClient, command: str, *arguments):
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=command, arguments=list(arguments))
    )


async def hover_text(client: LanguageClient, path: Path, position: types.Position) -> str | None:
    hover = await client.text_document_hover_async(
        types.HoverParams(types.TextDocumentIdentifier(path.as_uri()), position)
    )
    if hover is None:
        return None
    contents = hover.contents
    return contents.value if isinstance(contents, types.MarkupContent) else str(contents)
