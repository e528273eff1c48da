# errfix-repro: expects=python/torch-extension-build-failed
# errfix-repro: requires=torch,setuptools
"""torch's BuildExtension compiles a C++/CUDA extension with ninja and one source fails to compile:
torch ends with a RuntimeError while the real compiler error is further up in the log.

The source here has a syntax error so the compile fails in a second (a real build fails the same
way on a gcc too new for nvcc, a missing CUDA header, or a torch/CUDA version mismatch).
"""

import subprocess
import sys
from pathlib import Path

Path("setup.py").write_text(
    "from setuptools import setup\n"
    "from torch.utils.cpp_extension import BuildExtension, CppExtension\n"
    "setup(name='demo_ext', ext_modules=[CppExtension('demo_ext', ['demo.cpp'])],\n"
    "      cmdclass={'build_ext': BuildExtension})\n"
)
Path("demo.cpp").write_text("int broken( {\n")
sys.exit(subprocess.call([sys.executable, "setup.py", "build_ext", "--inplace"]))
