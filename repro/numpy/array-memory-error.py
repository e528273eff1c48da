# errfix-repro: expects=numpy/array-memory-error
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""A full pairwise matrix for 100k samples x 10 features."""
import numpy as np

n = 100_000
pairwise = np.ones((n, n, 10))
