"""Peak memory of `errfix explain --json -` on a generated stream of any size.

    python -m benchmarks.cli_memory --mib 1024          # 1 GiB, prints the RSS curve
    python -m benchmarks.cli_memory --mib 200 --json    # one JSON line (what the CI test reads)

The stream mixes what makes logs large: tqdm-style progress bars redrawn with `\\r`, colour
escapes, long lines (1 MiB without a newline), ordinary log lines, and a few real Python
tracebacks (raised and formatted here) at the start, the middle and the end. The child's RSS is
sampled from /proc while the stream is written; its peak (VmHWM) comes from getrusage of this
process's children, so it includes the final moments the sampling may miss. Run it in a fresh
process: RUSAGE_CHILDREN covers every child this process waited for.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import threading
import time
import traceback
from pathlib import Path

MIB = 1 << 20


def real_traceback(code: str) -> str:
    """What Python prints for `code`, raised for real in a function of a fake workspace file."""
    source = f"def train():\n    {code}\n\ntrain()\n"
    try:
        exec(compile(source, "/workspace/project/train.py", "exec"), {})
    except Exception:  # noqa: BLE001 - the traceback is the point
        return traceback.format_exc()
    raise AssertionError(f"{code!r} did not raise")


TRACEBACKS = [
    real_traceback("import numpy; numpy.float"),
    real_traceback("import this_module_does_not_exist_errfix"),
    real_traceback("import numpy; numpy.zeros((2, 3)) @ numpy.zeros((2, 3))"),
]


def filler(size: int) -> bytes:
    """About `size` bytes of noise: progress bars, colours, log lines and one long line."""
    bar = "".join(
        f"\r\x1b[32mEpoch 3: {p:3d}%|{'█' * (p // 4):<25}| {p * 40}/4000 [00:{p % 60:02d}<00:10, 12.3it/s]\x1b[0m"
        for p in range(0, 101, 1)
    )
    logs = "".join(f"INFO step {i}: loss=0.{i:04d} lr=3e-4 grad_norm=1.{i % 97:02d}\n" for i in range(200))
    long_line = "x" * MIB + "\n"
    unit = (bar + "\n" + logs).encode()
    out = bytearray()
    while len(out) < size:
        out += unit
        if len(out) % (64 * MIB) < len(unit):
            out += long_line.encode()
    return bytes(out[: out.rfind(b"\n", 0, size) + 1])  # whole lines: a traceback starts a line


def vm(pid: int) -> dict[str, int]:
    out = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0])
    except OSError:
        pass
    return out


# The whole-text path `errfix explain` took before it streamed (for comparison: --whole-text).
WHOLE_TEXT = (
    "import json, sys\n"
    "from errfix_lsp.engine import Engine\n"
    "from errfix_lsp.explain import as_json\n"
    "json.dump(as_json(Engine.load().explain(sys.stdin.buffer.read())), sys.stdout)\n"
)


def run(mib: int, command: list[str] | None = None, curve_every: float = 2.0) -> dict:
    """Write `mib` MiB through `errfix explain --json -`; the report, the RSS curve, the JSON."""
    command = command or [sys.executable, "-m", "errfix_lsp.cli", "explain", "--json", "-"]
    block = filler(16 * MIB)
    total = mib * MIB
    positions = [(0, TRACEBACKS[0]), (total // 2, TRACEBACKS[1]), (max(1, total - len(block)), TRACEBACKS[2])]
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    curve: list[tuple[float, int, int]] = []
    out: dict[str, bytes] = {}
    readers = [
        threading.Thread(target=lambda: out.__setitem__("stdout", child.stdout.read())),  # type: ignore[union-attr]
        threading.Thread(target=lambda: out.__setitem__("stderr", child.stderr.read())),  # type: ignore[union-attr]
    ]
    for reader in readers:
        reader.start()
    start = last = time.monotonic()
    written = 0
    assert child.stdin is not None
    while written < total:  # whole blocks: the total is rounded up to one
        while positions and positions[0][0] <= written:
            child.stdin.write(positions.pop(0)[1].encode())
        child.stdin.write(block)
        written += len(block)
        now = time.monotonic()
        if now - last >= curve_every:
            last = now
            memory = vm(child.pid)
            curve.append((round(now - start, 1), written // MIB, memory.get("VmRSS", 0) // 1024))
    for _, text in positions:
        child.stdin.write(text.encode())
    child.stdin.close()
    status = child.wait()
    for reader in readers:
        reader.join()
    seconds = time.monotonic() - start
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {
        "mib": mib,
        "status": status,
        "seconds": round(seconds, 1),
        "mib_per_s": round(mib / seconds, 2),
        "peak_rss_mib": round(peak_kib / 1024, 1),
        "curve": curve,
        "report": json.loads(out["stdout"]) if status == 0 else None,
        "stderr": out["stderr"].decode(errors="replace")[-2000:],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=1024)
    parser.add_argument("--json", action="store_true", help="one JSON line with everything")
    parser.add_argument("--whole-text", action="store_true", help="measure the old whole-text path instead")
    args = parser.parse_args()
    result = run(args.mib, [sys.executable, "-c", WHOLE_TEXT] if args.whole_text else None)
    if args.json:
        print(json.dumps(result))
        return
    print(
        f"errfix explain --json - on {args.mib} MiB: exit {result['status']}, {result['seconds']} s, "
        f"{result['mib_per_s']} MiB/s, peak RSS {result['peak_rss_mib']} MiB"
    )
    print("  t (s)   written (MiB)   RSS (MiB)")
    for t, written, rss in result["curve"]:
        print(f"  {t:6.1f}  {written:10d}     {rss:8d}")
    events = result["report"]["events"] if result["report"] else []
    print(f"events: {[(e['line'], e['text'][:60], [m['id'] for m in e['matches']][:1]) for e in events]}")


if __name__ == "__main__":
    main()
