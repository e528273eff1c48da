# errfix-repro: expects=python/torch-ninja-required
# errfix-repro: requires=torch
"""JIT-compiling a C++ extension (`torch.utils.cpp_extension.load/load_inline`, used by many
repos' custom ops) needs the `ninja` executable on PATH; here PATH holds no ninja."""

import os

os.environ["PATH"] = os.path.join(os.getcwd(), "empty-bin")
from torch.utils.cpp_extension import load_inline  # noqa: E402

load_inline("demo_ops", cpp_sources="int answer() { return 42; }", functions=["answer"])
