# errfix-repro: expects=numpy/array-memory-error
# errfix-repro: requires=numpy
"""A full pairwise matrix for 100k samples x 10 features."""
import numpy as np

n = 100_000
pairwise = np.ones((n, n, 10))
