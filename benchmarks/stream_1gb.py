"""Stream hostile terminal output through the real server while an editor keeps hovering.

    python -m benchmarks.stream_1gb                # 1 GiB, prints a JSON report
    python -m benchmarks.stream_1gb --mib 200      # the CI size (tests/reliability/test_stream.py)

The output is sent as `errfix/terminalOutput` notifications of 64 KiB, as fast as the server
reads them (the client waits for its pipe to drain, as an editor's writer does). It mixes what
a long training run and a misbehaving program print: progress bars redrawn with `\\r`, coloured
log lines, binary garbage and NUL bytes, U+FFFD from invalid UTF-8, lone UTF-16 surrogates (a
JavaScript client cutting an emoji in half), 10 MB lines without a newline, and real Python
tracebacks pointing into the workspace. Every chunk boundary cuts through an escape sequence
or a surrogate pair on purpose.

Meanwhile a hover request goes out every `hover_every` seconds on a diagnostic published before
the stream began; each round trip is timed. At the end the server's peak RSS (VmHWM from
/proc/<pid>/status) is read, and a final traceback must still turn into a diagnostic.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

from lsprotocol import types
from pygls.lsp.client import LanguageClient

CHUNK = 64 * 1024  # characters per notification
MIB = 1024 * 1024
# Halves that each chunk boundary cuts through: escape sequences and a surrogate pair.
STRADDLERS = [
    ("\x1b[1;3", "1mred\x1b[0m "),
    ("\x1b]633;E;python tr", "ain.py --epochs 3\x07"),
    ("\x1b]8;;file:///tmp/x", "\x1b\\link\x1b]8;;\x1b\\ "),
    ("\ud83d", "\ude00 "),  # 😀 as a JavaScript string splits it: two lone surrogates
    ("\x1b[", "2K\r"),
    ("\x1b", "[?25l"),
]


def traceback_text(output: str, number: int) -> str:
    """The workspace's real traceback again, then a line with a lone surrogate."""
    return output + f"run {number} \ud800 ended\n"


def _segments(rng: random.Random) -> list[str]:
    """About 1.5 MB of varied hostile output, cycled to make up the stream."""
    progress = "".join(
        f"\r\x1b[32m{i:4d}/1000\x1b[0m [{'=' * (i // 40)}>{'.' * (25 - i // 40)}] - loss: {rng.random():.4f}"
        for i in range(1000)
    ) + "\n"
    logs = "".join(
        f"2026-01-01 12:00:{i % 60:02d} \x1b[34mINFO\x1b[0m worker-{i % 8}: step {i} lr=3e-4 "
        f"batch={rng.randrange(10**6)}\n"
        for i in range(3000)
    )
    garbage = bytes(rng.randrange(256) for _ in range(200_000)).decode("latin-1")
    nul = ("\x00" * 1000 + "after nul\n") * 20
    replaced = ("bad utf-8: \ufffd\ufffd\ufffd\u00c3\ufffd " * 40 + "\n") * 50
    surrogates = "".join(chr(0xD800 + rng.randrange(0x800)) for _ in range(20_000)) + "\n"
    wide = ("模型保存失败 " * 50 + "\n") * 100
    errors = "".join(
        f"ERROR: request {i} failed: {''.join(rng.choice('abcdef0123456789') for _ in range(400))}\n"
        for i in range(200)
    )
    return [progress, logs, garbage, nul, replaced, surrogates, wide, errors]


def hostile_chunks(total_chars: int, traceback: str, seed: int = 8, long_line_every: int = 200 * MIB,
                   long_line: int = 10_000_000) -> Iterator[str]:
    """`total_chars` of hostile output in 64 KiB chunks (a generator: nothing is kept)."""
    rng = random.Random(seed)
    segments = _segments(rng)
    sent = 0
    carry = ""  # the second half of the straddler cut at the previous boundary
    pending = ""
    index = 0
    number = 0
    next_long = long_line_every // 2
    while sent < total_chars:
        while len(pending) < CHUNK:
            if sent + len(pending) >= next_long:
                pending += "x" * long_line + "\n"  # 10 MB without a newline until its end
                next_long += long_line_every
            segment = segments[index % len(segments)]
            index += 1
            if index % 3 == 0:
                number += 1
                pending += traceback_text(traceback, number)
            pending += segment
        head, tail = STRADDLERS[(sent // CHUNK) % len(STRADDLERS)]
        size = CHUNK - len(carry) - len(head)
        chunk = carry + pending[:size] + head
        pending = pending[size:]
        carry = tail
        sent += len(chunk)
        yield chunk


@dataclass
class StreamReport:
    chars: int = 0
    chunks: int = 0
    seconds: float = 0.0
    hover_ms: list[float] = field(default_factory=list)
    hover_failures: int = 0
    vm_hwm_kb: int = 0
    vm_rss_kb: int = 0

    @property
    def mib_per_s(self) -> float:
        return self.chars / MIB / self.seconds if self.seconds else 0.0

    def summary(self) -> dict:
        ordered = sorted(self.hover_ms)
        pick = (lambda q: ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]) if ordered else (lambda q: 0.0)
        out = asdict(self)
        out.pop("hover_ms")
        out.update(
            mib=round(self.chars / MIB, 1),
            mib_per_s=round(self.mib_per_s, 1),
            hovers=len(ordered),
            hover_p50_ms=round(pick(0.5), 1),
            hover_p95_ms=round(pick(0.95), 1),
            hover_max_ms=round(ordered[-1] if ordered else 0.0, 1),
            vm_hwm_mib=round(self.vm_hwm_kb / 1024, 1),
        )
        return out


def memory_kb(pid: int) -> dict[str, int]:
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


async def stream_with_hovers(
    client: LanguageClient,
    pid: int,
    chunks: Iterator[str],
    hover_uri: str,
    hover_position: types.Position,
    terminal: str = "flood",
    cwd: str | None = None,
    hover_every: float = 0.1,
) -> StreamReport:
    """Send every chunk (waiting for the pipe to drain) while hovering; time both."""
    report = StreamReport()
    writer = client._server.stdin  # noqa: SLF001 - the pipe to the server, to wait for it to drain
    done = asyncio.Event()

    async def hover_loop() -> None:
        params = types.HoverParams(types.TextDocumentIdentifier(hover_uri), hover_position)
        while not done.is_set():
            start = time.perf_counter()
            try:
                result = await asyncio.wait_for(client.text_document_hover_async(params), 30)
            except Exception:  # noqa: BLE001 - counted: a failed hover is a finding
                report.hover_failures += 1
            else:
                if result is None:
                    report.hover_failures += 1
                report.hover_ms.append((time.perf_counter() - start) * 1000)
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(done.wait(), hover_every)

    hovering = asyncio.create_task(hover_loop())
    start = time.perf_counter()
    try:
        for chunk in chunks:
            client.protocol.notify(
                "errfix/terminalOutput", {"terminal": terminal, "data": chunk, "cwd": cwd}
            )
            await writer.drain()
            report.chars += len(chunk)
            report.chunks += 1
    finally:
        report.seconds = time.perf_counter() - start
        done.set()
        await hovering
    memory = memory_kb(pid)
    report.vm_hwm_kb, report.vm_rss_kb = memory["VmHWM"], memory["VmRSS"]
    return report


async def _main(mib: int) -> dict:
    root = Path(tempfile.mkdtemp(prefix="errfix-stream-")) / "ws"
    root.mkdir()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.reliability.conftest import make_workspace

    workspace = make_workspace(root)
    client = LanguageClient("errfix-stream-bench", "1")
    published: dict[str, list] = {}

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def on_diagnostics(params: types.PublishDiagnosticsParams) -> None:
        published[params.uri] = params.diagnostics

    @client.feature(types.WINDOW_SHOW_MESSAGE)
    def on_message(params: types.ShowMessageParams) -> None:
        print("server says:", params.message[:300], file=sys.stderr)

    await client.start_io(sys.executable, "-m", "errfix_lsp.server")
    await client.initialize_async(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(), root_uri=workspace.root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(workspace.root.as_uri(), "ws")],
        )
    )
    client.initialized(types.InitializedParams())
    train = workspace.train.as_uri()
    client.protocol.notify("errfix/terminalOutput", {
        "terminal": "first", "data": workspace.output, "cwd": str(workspace.root), "exitCode": 1})
    deadline = time.monotonic() + 60
    while not published.get(train):
        if time.monotonic() > deadline:
            raise SystemExit("no diagnostic for the first traceback")
        await asyncio.sleep(0.05)
    position = published[train][0].range.start
    pid = client._server.pid  # noqa: SLF001
    report = await stream_with_hovers(
        client, pid, hostile_chunks(mib * MIB, workspace.output), train, position,
        cwd=str(workspace.root),
    )
    summary = report.summary()
    start = time.perf_counter()
    await client.workspace_execute_command_async(types.ExecuteCommandParams("errfix.clear", []))
    client.protocol.notify("errfix/terminalOutput", {
        "terminal": "after", "data": workspace.output, "cwd": str(workspace.root), "exitCode": 1})
    while not any(d.data["origin"] == "terminal:after" for d in published.get(train, [])):
        if time.perf_counter() - start > 120:
            raise SystemExit("the server stopped publishing after the stream")
        await asyncio.sleep(0.05)
    summary["diagnostic_after_stream_s"] = round(time.perf_counter() - start, 2)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=1024, help="MiB of output to stream (default 1024)")
    args = parser.parse_args(argv)
    print(json.dumps(asyncio.run(_main(args.mib)), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
