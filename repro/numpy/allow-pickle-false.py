# errfix-repro: expects=numpy/allow-pickle-false
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""A dict saved with np.save, loaded with default settings."""
import os
import tempfile

import numpy as np

path = os.path.join(tempfile.mkdtemp(), "vocab.npy")
np.save(path, {"cat": 0, "dog": 1})
assert np.load(path, allow_pickle=True).item() == {"cat": 0, "dog": 1}  # trusted file
vocab = np.load(path)
