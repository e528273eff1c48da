# errfix-repro: expects=numpy/removed-type-alias
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
"""Pre-1.24 code using the builtin aliases np.float / np.int (removed in NumPy 1.24).

The migration-fix test applies `numpy-removed-aliases` through the language server and runs
this file again: it must then print the `fixed:` line.
"""
import numpy as np

weights = np.array([1.5, 2.5, 3.5], dtype=np.float)
counts = np.zeros(3, dtype=np.int)
label = "np.float stays in strings"  # and np.int in comments
print("fixed:", weights.dtype, counts.dtype, float(weights.sum()), label)
