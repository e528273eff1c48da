"""Shared pieces of the reliability tests: a workspace with a REAL Python traceback, KB helpers,
and small probes (is the server still answering? how much memory did it use?).

Every test drives the real server process (`python -m errfix_lsp.server`) over stdio with
pytest-lsp's real client. The traceback is printed by a real Python process running the
workspace's `train.py`, so its frames carry the workspace's real paths.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import textwrap
import time
import uuid
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

from tests.lsp.conftest import ENTRY, execute, start

SERVER = ClientServerConfig(server_command=[sys.executable, "-m", "errfix_lsp.server"])

LAYERS = textwrap.dedent('''\
    import keras


    class MyDense(keras.layers.Layer):
        def __init__(self, units, activation_fn=None, **kwargs):
            super().__init__(**kwargs)
            self.units = units
            self.activation_fn = activation_fn
    ''')

# Raises the Keras 3 message itself, so a real traceback costs 50 ms instead of a Keras import.
TRAIN = textwrap.dedent('''\
    MESSAGE = (
        "\\nObject {} was created by passing\\n"
        "non-serializable argument values in `__init__()`,\\n"
        "and therefore the object must override `get_config()` in\\n"
        "order to be serializable. Please implement `get_config()`.\\n"
    )


    def save(name):
        raise NotImplementedError(MESSAGE.format(name))


    save("MyDense")
    ''')


@dataclass(frozen=True)
class Workspace:
    """A workspace folder and what Python printed when its `train.py` failed."""

    root: Path
    output: str

    @property
    def train(self) -> Path:
        return self.root / "train.py"

    @property
    def layers(self) -> Path:
        return self.root / "layers.py"

    def raise_line(self) -> int:
        """0-based line of the `raise`: the traceback's innermost frame, where the error goes."""
        lines = self.train.read_text().splitlines()
        return next(i for i, line in enumerate(lines) if line.strip().startswith("raise "))


def make_workspace(root: Path) -> Workspace:
    root.mkdir(parents=True, exist_ok=True)
    root = root.resolve()
    (root / "layers.py").write_text(LAYERS)
    (root / "train.py").write_text(TRAIN)
    done = subprocess.run(
        [sys.executable, "train.py"], cwd=root, capture_output=True, text=True, timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 1, done.stderr
    assert "was created by passing" in done.stderr, done.stderr
    return Workspace(root, done.stderr)


@pytest.fixture(scope="session")
def workspace(tmp_path_factory) -> Workspace:
    return make_workspace(tmp_path_factory.mktemp("reliability") / "ws")


def kb_entry(entry_id: str, regex: str, **extra) -> dict:
    """A complete, valid KB entry (so the only KB warnings a test sees are the ones it provokes)."""
    return {
        "id": entry_id,
        "signature": f"{entry_id} signature",
        "signature_zh": "测试签名",
        "regex": regex,
        "domain": entry_id.split("/")[0],
        "category": "runtime_error",
        "root_cause": f"Root cause of {entry_id}.",
        "root_cause_zh": "测试用的根因。",
        **extra,
    }


def write_entry(directory: Path, name: str, entry: dict | str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / name
    path.write_text(entry if isinstance(entry, str) else json.dumps(entry, ensure_ascii=False))
    return path


async def launch(
    client: LanguageClient, root: Path, profile: str = "visual-studio-code", options: dict | None = None
) -> types.InitializeResult:
    return await start(client, root, profile, options=options)


def write_workspace(root: Path, files: dict[str, str]) -> Path:
    """A workspace folder holding `files` (relative path → text); returns its real path."""
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root.resolve()


async def open_workspace(client: LanguageClient, root: Path) -> None:
    """Initialize the server on `root` (kept as `client.root`) and wait until it answers."""
    client.root = root
    await launch(client, root)
    await alive(client)


async def alive(client: LanguageClient, timeout: float = 30.0) -> None:
    """The server still answers a real request (a search that must find the seed entry)."""
    hits = await asyncio.wait_for(execute(client, "errfix.search", "get_config"), timeout)
    assert hits and hits[0]["id"] == ENTRY


def raw_send(client: LanguageClient, message: dict) -> None:
    """Write one JSON-RPC message exactly as given (pygls would type-check standard methods)."""
    body = json.dumps(message).encode("utf-8")
    client.protocol.writer.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)


def raw_notify(client: LanguageClient, method: str, params) -> None:
    raw_send(client, {"jsonrpc": "2.0", "method": method, "params": params})


def raw_request(client: LanguageClient, method: str, params) -> asyncio.Future:
    """Send a request with `params` as given; the future resolves with the server's answer."""
    msg_id = f"raw-{uuid.uuid4().hex}"
    future: Future = Future()
    client.protocol._request_futures[msg_id] = future  # noqa: SLF001 - where pygls matches answers
    client.protocol._result_types[msg_id] = client.protocol.get_result_type(method)  # noqa: SLF001
    raw_send(client, {"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
    return asyncio.wrap_future(future)


def server_pid(client: LanguageClient) -> int:
    """The pid of the server process the client started (pygls keeps it as `_server`)."""
    process = client._server  # noqa: SLF001 - pygls offers no public accessor
    assert process is not None and process.returncode is None
    return process.pid


def memory_kb(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak RSS) of a process, in KiB, from /proc/<pid>/status."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Stopwatch:
    def __enter__(self) -> Stopwatch:
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc) -> None:
        self.seconds = time.perf_counter() - self.start
