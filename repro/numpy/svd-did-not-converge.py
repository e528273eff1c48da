# errfix-repro: expects=numpy/svd-did-not-converge
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""SVD of a matrix containing NaN."""

import numpy as np

X = np.array([[1.0, np.nan], [0.5, 2.0]])
np.linalg.svd(X)
