# errfix-repro: expects=python/nvcc-unsupported-gcc-version
"""nvcc refuses a host compiler newer than the CUDA release supports (CUDA's host_config.h checks
`__GNUC__`). The machine's gcc is supported, so a wrapper makes it report major version 99, which is
what a too-new distro gcc looks like to that check; the `#error` text is CUDA's own.

Needs the CUDA toolkit (nvcc) of this machine: /usr/local/cuda.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

nvcc = shutil.which("nvcc") or "/usr/local/cuda/bin/nvcc"
Path("kernel.cu").write_text("__global__ void kernel() {}\n")
Path("gcc-new").write_text('#!/bin/sh\nexec gcc -w -D__GNUC__=99 "$@"\n')
os.chmod("gcc-new", 0o755)
sys.exit(
    subprocess.call([nvcc, "-ccbin", str(Path("gcc-new").resolve()), "-c", "kernel.cu", "-o", "kernel.o"])
)
