"""The benchmark command keeps working (figures themselves are not asserted: machines are noisy)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_quick_benchmark_runs_and_agrees_with_naive_matching():
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks.run", "--quick"],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert "| NO |" not in done.stdout and " | NO | " not in done.stdout
    assert "KB scaling" in done.stdout and "peak RSS" in done.stdout
