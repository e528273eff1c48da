# errfix-repro: expects=python/cuda-headers-missing
"""A C++ source of an extension includes a CUDA header while the compiler's include path has no CUDA
toolkit (only runtime libraries installed, CUDA_HOME unset, or a host-only g++ compiling a CUDA file).
The machine's g++ compiles without any -I for CUDA, as such builds do."""

import subprocess
import sys
from pathlib import Path

Path("ops.cpp").write_text("#include <cuda_runtime.h>\nint answer() { return 42; }\n")
sys.exit(subprocess.call(["g++", "-c", "ops.cpp", "-o", "ops.o"]))
