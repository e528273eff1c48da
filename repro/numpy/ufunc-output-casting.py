# errfix-repro: expects=numpy/ufunc-output-casting
# errfix-repro: requires=numpy
"""Scaling an integer array in place by a float."""
import numpy as np

pixels = np.arange(6)
pixels += 0.5
