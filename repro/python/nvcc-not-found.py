# errfix-repro: expects=python/nvcc-not-found
"""A build script calls `nvcc` but no CUDA compiler is on PATH (driver-only machine, a `runtime`
container image, or the toolkit's bin directory not added to PATH)."""

import subprocess
import sys

sys.exit(subprocess.call(["bash", "-c", "nvcc --version"], env={"PATH": "/usr/bin:/bin", "LANG": "C"}))
