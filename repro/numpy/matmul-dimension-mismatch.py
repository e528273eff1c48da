# errfix-repro: expects=numpy/matmul-dimension-mismatch
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""A weight matrix stored as (out, in) multiplied without a transpose."""
import numpy as np

features = np.ones((2, 3))
weights = np.ones((4, 3))   # (out, in)
outputs = features @ weights
