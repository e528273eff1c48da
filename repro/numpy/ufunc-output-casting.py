# errfix-repro: expects=numpy/ufunc-output-casting
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""Scaling an integer array in place by a float."""
import numpy as np

pixels = np.arange(6)
shifted = pixels + 0.5  # the workaround: out of place
as_float = pixels.astype(np.float64)
as_float += 0.5  # or make the array float first
pixels += 0.5
