# errfix-repro: expects=python/cuda-library-not-found
# errfix-repro: requires=ctypes
"""A package loads the CUDA runtime with ctypes (bitsandbytes, ctranslate2, onnxruntime-gpu,
faster-whisper, a TF/torch wheel's own loader) on a machine where that CUDA version is not
installed or not on the loader path. This CPU machine has no CUDA at all.
"""

import ctypes

ctypes.CDLL("libcudart.so.12")
