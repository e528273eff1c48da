"""Server latency through a real LSP client over stdio (pygls LanguageClient), so every figure
includes JSON-RPC encoding and the pipe: an upper bound of the time spent in the server.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

from .logs import make_log

LAYER = '''import keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation_fn, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation_fn = activation_fn
'''
TRAIN = '''import keras
from layers import MyDense

model = keras.Sequential([MyDense(3, activation_fn=lambda t: t)])
model.save("m.keras")
'''


def traceback_for(workspace: Path) -> str:
    return (
        "Traceback (most recent call last):\n"
        f'  File "{workspace / "train.py"}", line 5, in <module>\n'
        '    model.save("m.keras")\n'
        '  File "/v/lib/python3.11/site-packages/keras/src/ops/operation.py", line 308, in get_config\n'
        "    raise NotImplementedError(\n"
        "NotImplementedError: \n"
        "Object MyDense was created by passing\n"
        "non-serializable argument values in `__init__()`,\n"
        "and therefore the object must override `get_config()` in\n"
        "order to be serializable. Please implement `get_config()`.\n"
        "\n"
        "$ \n"
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


async def _measure(workspace: Path, rounds: int) -> dict[str, float]:
    client = LanguageClient("errfix-bench", "1")
    published: asyncio.Queue = asyncio.Queue()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        published.put_nowait((time.perf_counter(), params))

    @client.feature(types.WORKSPACE_CONFIGURATION)
    def on_configuration(params: types.ConfigurationParams):
        return [None for _ in params.items]

    @client.feature(types.WINDOW_SHOW_MESSAGE)
    def on_message(params) -> None:  # broken-KB warnings would land here
        return None

    start = time.perf_counter()
    await client.start_io(sys.executable, "-m", "errfix_lsp.server")
    root = workspace.as_uri()
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(),
            root_uri=root,
            workspace_folders=[types.WorkspaceFolder(uri=root, name="ws")],
        )
    )
    initialize_seconds = time.perf_counter() - start
    client.initialized(types.InitializedParams())
    train_uri = (workspace / "train.py").as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=train_uri, language_id="python", version=1, text=TRAIN)
        )
    )
    noise = make_log(64 * 1024 - 1024, seed=11, tracebacks_per_mb=0.0001).decode()
    chunk_latencies = []
    diagnostic = None
    for index in range(rounds):
        data = noise[: 64 * 1024 - 1024] + traceback_for(workspace)
        sent = time.perf_counter()
        client.protocol.notify(
            "errfix/terminalOutput",
            {"terminal": f"bench-{index}", "data": data, "cwd": str(workspace), "commandLine": "python train.py", "exitCode": None},
        )
        while True:
            arrived, params = await asyncio.wait_for(published.get(), timeout=30)
            if params.uri == train_uri and params.diagnostics:
                diagnostic = params.diagnostics[0]
                chunk_latencies.append(arrived - sent)
                break
        client.protocol.notify("errfix/terminalOutput", {"terminal": f"bench-{index}", "data": "", "cwd": None, "commandLine": None, "exitCode": 1})
    assert diagnostic is not None
    hover_times, action_times = [], []
    position = diagnostic.range.start
    for _ in range(200):
        t0 = time.perf_counter()
        await client.text_document_hover_async(
            types.HoverParams(text_document=types.TextDocumentIdentifier(uri=train_uri), position=position)
        )
        hover_times.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=train_uri),
                range=diagnostic.range,
                context=types.CodeActionContext(diagnostics=[diagnostic]),
            )
        )
        action_times.append(time.perf_counter() - t0)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return {
        "initialize": initialize_seconds,
        "chunk_p50": statistics.median(chunk_latencies),
        "chunk_max": max(chunk_latencies),
        "hover_p50": statistics.median(hover_times),
        "hover_p99": _percentile(hover_times, 0.99),
        "action_p50": statistics.median(action_times),
        "action_p99": _percentile(action_times, 0.99),
    }


def measure(rounds: int = 20) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="errfix-lat-") as tmp:
        workspace = Path(tmp).resolve()
        (workspace / "layers.py").write_text(LAYER)
        (workspace / "train.py").write_text(TRAIN)
        return asyncio.run(_measure(workspace, rounds))


def server_latency(report) -> None:
    figures = measure()
    ms = {key: f"{value * 1000:.1f} ms" for key, value in figures.items()}
    report.add(
        "Language server latency (real client over stdio)",
        ["measure", "value", "target"],
        [
            ["spawn → `initialize` result", ms["initialize"], "< 800 ms"],
            ["64 KiB `errfix/terminalOutput` chunk → `publishDiagnostics` (median / max of 20)", f"{ms['chunk_p50']} / {ms['chunk_max']}", "< 20 ms"],
            ["hover p50 / p99 (200 requests)", f"{ms['hover_p50']} / {ms['hover_p99']}", "p99 < 5 ms"],
            ["codeAction p50 / p99 (200 requests)", f"{ms['action_p50']} / {ms['action_p99']}", "p99 < 5 ms"],
        ],
        "Round trips measured by the client, so they include JSON-RPC and the pipe.",
    )
