# errfix-repro: expects=numpy/load-not-npy-file
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""np.load on a file that is not .npy, default allow_pickle=False."""

from pathlib import Path

import numpy as np

Path("embeddings.npy").write_text("<!DOCTYPE html><html><body>Sign in</body></html>\n")
np.load("embeddings.npy")
