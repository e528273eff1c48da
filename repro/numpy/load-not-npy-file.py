# errfix-repro: expects=numpy/load-not-npy-file
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""np.load on a Git LFS pointer saved as .npy, with allow_pickle=True."""

from pathlib import Path

import numpy as np

pointer = "version https://git-lfs.github.com/spec/v1\noid sha256:0a1b\nsize 1048576\n"
Path("embeddings.npy").write_text(pointer)
np.load("embeddings.npy", allow_pickle=True)
