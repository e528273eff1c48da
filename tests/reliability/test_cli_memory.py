"""`errfix explain` in bounded memory: a generated ~200 MiB stream on stdin (progress bars redrawn
with `\\r`, colours, 1 MiB lines, log lines, three real Python tracebacks at the start, middle and
end) peaks under a fixed RSS and still reports all three errors. Before it streamed, 32 MiB of
the same stream peaked at 309 MiB and 500 MB at 1.6 GB (issue 20).

`benchmarks/cli_memory.py` runs in its own process so that its getrusage(RUSAGE_CHILDREN) peak
is the explain process's alone. The multi-GiB run is `python -m benchmarks.cli_memory --mib 1024`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STREAM_MIB = 200
PEAK_LIMIT_MIB = 150  # about 80 MiB are KB and matcher; what input adds must stay small


def test_explain_on_a_200_mib_stdin_stays_under_a_fixed_peak_rss():
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.cli_memory", "--mib", str(STREAM_MIB), "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(done.stdout)
    print(
        f"\nerrfix explain --json - on {STREAM_MIB} MiB: peak RSS {result['peak_rss_mib']} MiB, "
        f"{result['mib_per_s']} MiB/s, curve (s, MiB written, RSS MiB): {result['curve']}"
    )
    assert result["status"] == 0, result["stderr"]
    assert result["peak_rss_mib"] < PEAK_LIMIT_MIB, result
    found = [
        (event["text"].split(":")[0], event["matches"][0]["id"] if event["matches"] else None)
        for event in result["report"]["events"]
    ]
    assert found == [
        ("AttributeError", "numpy/removed-type-alias"),
        ("ModuleNotFoundError", "python/module-not-found"),
        ("ValueError", "numpy/matmul-dimension-mismatch"),
    ], found
