# errfix-repro: expects=numpy/not-positive-definite
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""Cholesky of a covariance matrix that is not positive definite."""

import numpy as np

cov = np.array([[1.0, 2.0], [2.0, 1.0]])
np.linalg.cholesky(cov)
