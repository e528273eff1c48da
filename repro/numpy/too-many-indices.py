# errfix-repro: expects=numpy/too-many-indices
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""2-D indexing of a 1-D array."""

import numpy as np

y = np.array([0, 1, 1])
y[:, 0]
