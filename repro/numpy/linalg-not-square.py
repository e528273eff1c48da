# errfix-repro: expects=numpy/linalg-not-square
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""np.linalg.inv of a non-square matrix."""

import numpy as np

np.linalg.inv(np.ones((3, 2)))
