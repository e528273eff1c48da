# errfix-repro: expects=numpy/matmul-dimension-mismatch
# errfix-repro: requires=numpy
"""A weight matrix stored as (out, in) multiplied without a transpose."""
import numpy as np

features = np.ones((2, 3))
weights = np.ones((4, 3))   # (out, in)
outputs = features @ weights
