# errfix-repro: expects=numpy/only-0d-arrays-to-scalar
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""The math module applied to an array."""
import math

import numpy as np

logits = np.array([0.5, 1.5])
probs_ok = 1 / (1 + np.exp(-logits))  # the workaround: NumPy ufunc
probs = 1 / (1 + math.exp(-logits))
