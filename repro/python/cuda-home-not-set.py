# errfix-repro: expects=python/cuda-home-not-set
# errfix-repro: requires=torch
"""A setup.py declares a CUDA extension while torch cannot locate a CUDA toolkit.

Here the torch is the CPU build (the most frequent cause in threads: `pip install torch` gave the
CPU wheel, or the toolkit/nvcc is not installed or not on PATH), so `CUDA_HOME` stays None and the
first path torch joins under it raises.
"""

from torch.utils.cpp_extension import CUDAExtension

CUDAExtension("demo_cuda", ["demo.cpp", "demo_kernel.cu"])
