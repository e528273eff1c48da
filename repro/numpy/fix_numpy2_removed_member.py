# errfix-repro: expects=numpy/numpy2-removed-member
# errfix-repro: requires=numpy
"""NumPy 1.x code using members removed in NumPy 2.0 (np.NaN, np.Inf, np.product, np.float_).

The migration-fix test applies `numpy2-removed-members` through the language server and runs
this file again: it must then print the `fixed:` line.
"""
import numpy as np

readings = np.array([1.0, np.NaN, 3.0], dtype=np.float_)
ceiling = np.Inf
volume = np.product([2, 3, 4])
print("fixed:", int(np.isnan(readings).sum()), ceiling > 1e308, int(volume), readings.dtype)
