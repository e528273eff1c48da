# errfix-repro: expects=numpy/singular-matrix
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""np.linalg.inv of a singular matrix (collinear features)."""

import numpy as np

X = np.array([[1.0, 2.0], [2.0, 4.0]])
np.linalg.inv(X)
