# errfix-repro: expects=numpy/allow-pickle-false
# errfix-repro: requires=numpy
"""A dict saved with np.save, loaded with default settings."""
import os
import tempfile

import numpy as np

path = os.path.join(tempfile.mkdtemp(), "vocab.npy")
np.save(path, {"cat": 0, "dog": 1})
assert np.load(path, allow_pickle=True).item() == {"cat": 0, "dog": 1}  # trusted file
vocab = np.load(path)
