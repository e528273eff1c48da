"""Huge and hostile output through `errfix/terminalOutput`, against the real server process.

The volume test streams 200 MiB in 64 KiB chunks (benchmarks/stream_1gb.py does 1 GiB the same
way) while hovering every 100 ms, then reads the server's peak RSS from /proc. The other tests
send one kind of hostility each and check that the traceback behind it is still recognised,
within a time bound, by a server that keeps answering.
"""

from __future__ import annotations

import os
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from benchmarks.stream_1gb import CHUNK, MIB, hostile_chunks, stream_with_hovers
from tests.lsp.conftest import ENTRY, errfix_diagnostics, execute, send_output, wait_for
from tests.reliability.conftest import SERVER, Workspace, alive, launch, memory_kb, server_pid

pytestmark = pytest.mark.asyncio(loop_scope="module")
STREAM_MIB = int(os.environ.get("ERRFIX_STREAM_MIB", "200"))
RSS_LIMIT_MIB = 200
HOVER_LIMIT_MS = 100


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, workspace: Workspace):
    await launch(lsp_client, workspace.root)
    await alive(lsp_client)
    yield
    await lsp_client.shutdown_session()


def from_terminal(client: LanguageClient, workspace: Workspace, terminal: str) -> list[types.Diagnostic]:
    return [d for d in errfix_diagnostics(client, workspace.train)
            if d.data["origin"] == f"terminal:{terminal}"]


async def recognised(client, workspace, terminal, data: str, chunk: int = 0, timeout: float = 30):
    """Send `data`, then the workspace's traceback, on one terminal: the diagnostic must come."""
    await execute(client, "errfix.clear")
    start = time.monotonic()
    send_output(client, terminal, data, chunk=chunk, cwd=str(workspace.root))
    send_output(client, terminal, workspace.output, cwd=str(workspace.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: from_terminal(client, workspace, terminal), timeout=timeout,
                                  what=f"diagnostic after {terminal}")
    assert diagnostic.code == ENTRY and diagnostic.range.start.line == workspace.raise_line()
    await alive(client)
    return time.monotonic() - start


async def test_volume_stream_keeps_memory_and_hover_latency_bounded(client, workspace):
    await execute(client, "errfix.clear")
    send_output(client, "first", workspace.output, cwd=str(workspace.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: from_terminal(client, workspace, "first"))
    pid = server_pid(client)
    before = memory_kb(pid)
    report = await stream_with_hovers(
        client, pid, hostile_chunks(STREAM_MIB * MIB, workspace.output),
        workspace.train.as_uri(), diagnostic.range.start, terminal="flood", cwd=str(workspace.root),
    )
    summary = report.summary()
    print(f"\nstream {STREAM_MIB} MiB: {summary}, RSS before {before['VmRSS'] // 1024} MiB")
    assert report.chars >= STREAM_MIB * MIB and report.chunks == report.chars // CHUNK
    assert report.hover_failures == 0, summary
    assert len(report.hover_ms) >= 20, summary
    assert summary["vm_hwm_mib"] < RSS_LIMIT_MIB, summary
    # Latency: the median hover must be far inside the limit, and no hover may wait behind the
    # stream for long. One round trip in a hundred may exceed the limit: on a 2-core machine the
    # OS may deschedule the server for a moment whatever it does (figures in docs/reliability.md).
    assert summary["hover_p50_ms"] < HOVER_LIMIT_MS / 2, summary
    slow = [ms for ms in report.hover_ms if ms > HOVER_LIMIT_MS]
    assert len(slow) <= len(report.hover_ms) // 100, summary
    assert max(report.hover_ms) < 5 * HOVER_LIMIT_MS, summary
    # the flooded terminal still recognises its next crash, and quickly
    send_output(client, "flood", workspace.output, cwd=str(workspace.root), exit_code=1)
    await wait_for(lambda: from_terminal(client, workspace, "flood"), timeout=30, what="after the flood")
    await alive(client)


async def test_binary_garbage_and_nul_bytes(client, workspace):
    garbage = bytes(range(256)).decode("latin-1") * 4000 + "\x00" * 100_000 + "\n"
    assert await recognised(client, workspace, "garbage", garbage, chunk=CHUNK) < 30


async def test_invalid_utf8_and_lone_surrogates(client, workspace):
    """What clients forward for bytes that are not UTF-8: U+FFFD, or lone UTF-16 halves."""
    data = ("\ufffd\ufffd\xc3\ufffd" * 1000 + "\n") * 50 + "".join(chr(0xD800 + i % 0x800) for i in range(50_000))
    assert await recognised(client, workspace, "surrogates", data + "\n", chunk=4096) < 30
    # a traceback whose message carries a lone surrogate is still recognised and published
    broken = workspace.output.replace("Please implement", "Please \udc80 implement")
    await execute(client, "errfix.clear")
    send_output(client, "surrogate-tb", broken, cwd=str(workspace.root), exit_code=1)
    await wait_for(lambda: from_terminal(client, workspace, "surrogate-tb"))


async def test_ten_megabyte_single_line(client, workspace):
    line = "x" * 10_000_000  # no newline until the traceback follows
    assert await recognised(client, workspace, "long-line", line, chunk=CHUNK) < 60
    # and one 10 MB message in a single notification
    assert await recognised(client, workspace, "long-message", line + "\n") < 60


async def test_chunks_split_escape_sequences_and_surrogate_pairs(client, workspace):
    """Every chunk boundary falls inside an escape sequence or between surrogate halves."""
    coloured = workspace.output.replace("NotImplementedError", "\x1b[1;31mNotImplementedError\x1b[0m")
    text = "\x1b]633;C\x07" + "😀 " * 100 + coloured.replace("\n", "\x1b[K\r\n") + "\x1b]633;D;1\x07"
    utf16 = text.encode("utf-16-le")
    pieces = []
    for start in range(0, len(utf16), 6):  # 3 UTF-16 units: cuts pairs and sequences everywhere
        pieces.append(utf16[start : start + 6].decode("utf-16-le", errors="surrogatepass"))
    await execute(client, "errfix.clear")
    for piece in pieces:
        client.protocol.notify("errfix/terminalOutput", {"terminal": "split", "data": piece,
                                                          "cwd": str(workspace.root)})
    send_output(client, "split", "", cwd=str(workspace.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: from_terminal(client, workspace, "split"))
    assert diagnostic.range.start.line == workspace.raise_line()


async def test_many_terminals_at_once(client, workspace):
    """200 terminals streaming interleaved chunks: every one's crash is recognised."""
    await execute(client, "errfix.clear")
    names = [f"multi-{n}" for n in range(200)]
    filler = ("epoch 1/1 " + "=" * 60 + "\n") * 50
    for _round in range(3):
        for name in names:
            client.protocol.notify("errfix/terminalOutput",
                                   {"terminal": name, "data": filler, "cwd": str(workspace.root)})
    for name in names:
        send_output(client, name, workspace.output, cwd=str(workspace.root), exit_code=1)
    await wait_for(
        lambda: {d.data["origin"] for d in errfix_diagnostics(client, workspace.train)}
        >= {f"terminal:{n}" for n in names},
        timeout=60, what="a diagnostic from every terminal",
    )
    assert memory_kb(server_pid(client))["VmHWM"] < RSS_LIMIT_MIB * 1024
    await alive(client)
