"""The server answers while it works: `initialize` does not wait for the KB, requests are
answered while a large chunk is scanned, and `$/cancelRequest` cancels a waiting request.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcRequestCancelled
from pytest_lsp import LanguageClient, client_capabilities, make_test_lsp_client

from errfix_lsp.kb.paths import shipped_kb_dir
from tests.lsp.conftest import (
    ENTRY,
    KerasRun,
    errfix_diagnostics,
    initialize_params,
    record_registrations,
    send_output,
    wait_for,
)

BARE_SERVER = """
from pygls.lsp.server import LanguageServer
LanguageServer("bare", "1").start_io()
"""


@pytest.fixture(scope="module")
def big_kb(tmp_path_factory) -> Path:
    """1,200 valid entries: loading them takes seconds, which `initialize` must not wait for."""
    folder = tmp_path_factory.mktemp("big-kb")
    seed = json.loads(
        (shipped_kb_dir() / "tensorflow" / "keras-model-save-custom-layer.json").read_text()
    )
    for number in range(1_200):
        raw = {**seed, "id": f"bulk/entry-{number}", "domain": "bulk", "patterns": [],
               "examples": [], "fixes": [],
               "regex": rf"BulkError{number}: stage (?P<stage>\d+) failed"}
        (folder / f"entry-{number}.json").write_text(json.dumps(raw))
    return folder


async def spawn(command: list[str]) -> LanguageClient:
    client = make_test_lsp_client()
    record_registrations(client)
    await client.start_io(*command)
    return client


async def stop(client: LanguageClient) -> None:
    await client.shutdown_session()
    await client.stop()


@pytest.mark.asyncio
async def test_initialize_does_not_wait_for_the_kb_and_cancel_works(keras_run: KerasRun, big_kb):
    options = {"kbPaths": [str(big_kb)]}
    bare_times, our_times = [], []
    for attempt in range(2):  # alternate, keep the best of each: this machine may be busy
        started = time.perf_counter()
        bare = await spawn([sys.executable, "-c", BARE_SERVER])
        await bare.initialize_session(
            types.InitializeParams(capabilities=client_capabilities("visual-studio-code"))
        )
        bare_times.append(time.perf_counter() - started)  # pygls + lsprotocol imports
        await stop(bare)
        started = time.perf_counter()
        client = await spawn([sys.executable, "-m", "errfix_lsp.server"])
        await client.initialize_session(
            initialize_params(keras_run.root, "visual-studio-code", options=options)
        )
        our_times.append(time.perf_counter() - started)
        if attempt == 0:
            await stop(client)
    baseline, ours = min(bare_times), min(our_times)
    print(f"\nspawn→initialize: bare pygls {baseline:.2f}s, errfix-lsp {ours:.2f}s")
    assert ours < baseline * 1.5 + 0.3, f"errfix-lsp {ours:.2f}s vs bare pygls {baseline:.2f}s"
    # the KB (1,200 extra entries) is still loading: a hover waits for it ...
    hover = asyncio.ensure_future(
        client.protocol.send_request_async(
            types.TEXT_DOCUMENT_HOVER,
            types.HoverParams(types.TextDocumentIdentifier(keras_run.train.as_uri()),
                              types.Position(0, 0)),
            msg_id="slow-hover",
        )
    )
    await asyncio.sleep(0.2)
    assert not hover.done(), "hover answered before the KB was loaded?"
    # ... and $/cancelRequest ends it at once
    cancelled_at = time.perf_counter()
    client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id="slow-hover"))
    with pytest.raises(JsonRpcRequestCancelled):
        await asyncio.wait_for(hover, timeout=5)
    assert time.perf_counter() - cancelled_at < 1.0
    # the server still works once the KB is in
    hits = await client.workspace_execute_command_async(
        types.ExecuteCommandParams("errfix.search", ["BulkError17: stage 3 failed"])
    )
    assert hits[0]["id"] == "bulk/entry-17"
    await stop(client)


@pytest.mark.asyncio
async def test_requests_are_answered_while_a_large_chunk_is_scanned(keras_run: KerasRun):
    client = await spawn([sys.executable, "-m", "errfix_lsp.server"])
    await client.initialize_session(initialize_params(keras_run.root, "neovim@v0.11"))
    await client.workspace_execute_command_async(  # KB loaded
        types.ExecuteCommandParams("errfix.search", ["get_config"])
    )
    # ~9 MB of training log whose every line has a trigger word, then the real failure
    noise = "epoch 3/100 - loss: 0.2311 - mean_squared_error: 0.1204 - val_loss: 0.25\n" * 120_000
    send_output(client, "big", noise + keras_run.output, cwd=str(keras_run.root), exit_code=1)
    latencies = []
    while not errfix_diagnostics(client, keras_run.train):
        started = time.perf_counter()
        hits = await client.workspace_execute_command_async(
            types.ExecuteCommandParams("errfix.search", ["get_config"])
        )
        assert hits[0]["id"] == ENTRY
        latencies.append(time.perf_counter() - started)
        await asyncio.sleep(0.05)
        if len(latencies) > 2_000:
            raise AssertionError("the big chunk never produced its diagnostic")
    print(f"\n{len(latencies)} requests during the scan, max {max(latencies):.3f}s")
    assert len(latencies) >= 3, "the scan was too quick to show anything"
    assert max(latencies) < 1.0
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(client, keras_run.train))
    assert diagnostic.code == ENTRY
    await stop(client)


def test_stdout_carries_only_protocol_messages(keras_run: KerasRun):
    """Stray prints would break Neovim's reader: every stdout byte must be a framed message."""
    root = keras_run.root.as_uri()
    env = {**os.environ, "ERRFIX_LSP_LOG": "DEBUG"}
    server = subprocess.Popen(
        [sys.executable, "-m", "errfix_lsp.server"], stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    )
    reader = _FramedReader(server.stdout)
    try:
        _send(server, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
            "capabilities": {}, "rootUri": root, "processId": None,
            "initializationOptions": {"severity": 3, "kbPaths": ["/no/such/kb"]}}})
        reader.until(lambda m: m.get("id") == 1)
        _send(server, {"jsonrpc": "2.0", "method": "initialized", "params": {}})
        _send(server, {"jsonrpc": "2.0", "method": "errfix/terminalOutput", "params": {
            "terminal": "1", "data": keras_run.output, "cwd": str(keras_run.root),
            "commandLine": "python train.py", "exitCode": 1}})
        _send(server, {"jsonrpc": "2.0", "method": "errfix/terminalOutput",
                       "params": ["not", "an", "object"]})
        _send(server, {"jsonrpc": "2.0", "id": 2, "method": "workspace/executeCommand",
                       "params": {"command": "errfix.explain", "arguments": [keras_run.output]}})
        explained = reader.until(lambda m: m.get("id") == 2)
        reader.until(lambda m: m.get("method") == "textDocument/publishDiagnostics")
        _send(server, {"jsonrpc": "2.0", "id": 3, "method": "shutdown"})
        reader.until(lambda m: m.get("id") == 3)
        _send(server, {"jsonrpc": "2.0", "method": "exit"})
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
    rest = server.stdout.read()
    reader.feed(rest)
    assert reader.buffer == b"", reader.buffer[:200]
    assert explained["result"]["events"], "explain answered"
    shown = [m["params"]["message"] for m in reader.messages
             if m.get("method") == "window/showMessage"]
    assert any("terminalOutput" in text for text in shown)
    assert any("severity" in text for text in shown)
    assert server.stderr.read(), "logging goes to stderr"


def _send(server: subprocess.Popen, message: dict) -> None:
    body = json.dumps(message).encode()
    server.stdin.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))
    server.stdin.flush()


class _FramedReader:
    """Reads `Content-Length` framed JSON messages; anything else on stdout fails the test."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.buffer = b""
        self.messages: list[dict] = []

    def feed(self, data: bytes) -> None:
        self.buffer += data
        while self.buffer:
            header, separator, rest = self.buffer.partition(b"\r\n\r\n")
            if not separator:
                return
            fields = dict(line.split(b": ", 1) for line in header.split(b"\r\n"))
            assert set(fields) <= {b"Content-Length", b"Content-Type"}, self.buffer[:200]
            length = int(fields[b"Content-Length"])
            if len(rest) < length:
                return
            self.messages.append(json.loads(rest[:length]))
            self.buffer = rest[length:]

    def until(self, predicate, timeout: float = 60.0) -> dict:
        deadline = time.monotonic() + timeout
        seen = 0
        while time.monotonic() < deadline:
            for message in self.messages[seen:]:
                if predicate(message):
                    return message
            seen = len(self.messages)
            chunk = os.read(self.stream.fileno(), 65536)
            assert chunk, "server closed stdout"
            self.feed(chunk)
        raise AssertionError("timed out reading the server's stdout")
