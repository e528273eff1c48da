"""Server lifecycle and transport abuse: requests after `shutdown`, `exit`, a client that
vanishes mid-stream, and bytes that are not JSON-RPC at all. Each test starts its own real
server process, because each ends it.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from tests.reliability.conftest import SERVER, Workspace, alive, launch, raw_request, server_pid


@pytest_lsp.fixture(config=SERVER)
async def client(lsp_client: LanguageClient, workspace: Workspace):
    await launch(lsp_client, workspace.root)
    await alive(lsp_client)
    yield


async def exit_code(client: LanguageClient, timeout: float = 20) -> int:
    process = client._server  # noqa: SLF001
    return await asyncio.wait_for(process.wait(), timeout)


async def test_requests_after_shutdown_get_invalid_request_and_exit_ends_cleanly(client, workspace):
    assert await client.shutdown_async(None) is None
    hover = {"textDocument": {"uri": workspace.train.as_uri()}, "position": {"line": 0, "character": 0}}
    for method, params in [
        (types.TEXT_DOCUMENT_HOVER, hover),
        (types.WORKSPACE_EXECUTE_COMMAND, {"command": "errfix.search", "arguments": ["x"]}),
        (types.SHUTDOWN, None),  # a second shutdown
        ("errfix/noSuchRequest", {}),
    ]:
        with pytest.raises(JsonRpcException) as info:
            await asyncio.wait_for(raw_request(client, method, params), 15)
        assert info.value.code == -32600, (method, info.value)  # InvalidRequest
    # notifications after shutdown are ignored, exit ends the process with 0
    client.protocol.notify("errfix/terminalOutput", {"terminal": "late", "data": workspace.output})
    client.exit(None)
    assert await exit_code(client) == 0


async def test_exit_without_shutdown_ends_with_1(client):
    client.exit(None)
    assert await exit_code(client) == 1


async def test_a_vanished_client_ends_the_server_even_mid_stream(client, workspace):
    """The editor dies while output streams in: the server must not linger."""
    pid = server_pid(client)
    for _ in range(200):  # 12.5 MiB queued
        client.protocol.notify("errfix/terminalOutput", {"terminal": "t", "data": "x\n" * 32768})
    client._server.stdin.close()  # noqa: SLF001
    start = time.monotonic()
    await exit_code(client, timeout=30)
    print(f"\nserver {pid} ended {time.monotonic() - start:.2f} s after its stdin closed")


@pytest.mark.parametrize(
    "garbage",
    [
        b"Content-Length: 9\r\n\r\n{not json",
        b"Content-Length: 6\r\n\r\n[1, 2]",
        b"Content-Length: 3\r\n\r\n\"x\"",
        b"Content-Length: 2\r\n\r\n42",
        b"Content-Length: 4\r\n\r\nnull",
        b'Content-Length: 15\r\n\r\n{"method": "x"}',  # no "jsonrpc"
        b'Content-Length: 40\r\n\r\n{"jsonrpc": "1.0", "id": 1, "method": 5}',
        b"Content-Length: 11\r\n\r\n\xff\xfe\x00garbage!",  # not UTF-8
        b"X-Unknown-Header: 1\r\nContent-Length: 2\r\n\r\n{}",
        b"this is not a header at all\r\n\r\n",
    ],
    ids=["bad-json", "array", "string", "number", "null", "no-jsonrpc", "wrong-version", "not-utf8",
         "odd-header", "no-header"],
)
async def test_frames_that_are_not_json_rpc_are_survived(client, garbage):
    client.protocol.writer.write(garbage)
    await alive(client)
    crashes = [m.message for m in client.messages if m.message.startswith("Error in server")]
    assert crashes == []
    await client.shutdown_session()


def test_the_server_answers_a_raw_client_after_garbage(tmp_path):
    """Without any client library: bytes in, one well-formed answer out."""
    def frame(message: dict) -> bytes:
        body = json.dumps(message).encode()
        return b"Content-Length: %d\r\n\r\n" % len(body) + body

    stream = b"".join([
        b"Content-Length: 5\r\n\r\n{{{{{",
        frame({"jsonrpc": "2.0", "id": 1, "method": "initialize",
               "params": {"capabilities": {}, "rootUri": tmp_path.as_uri(), "processId": None}}),
        frame({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        frame({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": None}),
        frame({"jsonrpc": "2.0", "id": 3, "method": "shutdown"}),
        frame({"jsonrpc": "2.0", "method": "exit"}),
    ])
    done = subprocess.run([sys.executable, "-m", "errfix_lsp.server"], input=stream,
                          capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")
    answers = {}
    rest = done.stdout
    while rest:
        header, _, rest = rest.partition(b"\r\n\r\n")
        length = int(header.split(b"Content-Length: ")[1].split(b"\r\n")[0])
        message = json.loads(rest[:length])
        rest = rest[length:]
        if "id" in message:
            answers[message["id"]] = message
    assert "capabilities" in answers[1]["result"]
    assert answers[2]["error"]["code"] == -32602  # hover without params: InvalidParams
    assert answers[3]["result"] is None
