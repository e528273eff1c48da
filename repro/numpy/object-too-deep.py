# errfix-repro: expects=numpy/object-too-deep
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""np.bincount on a 2-D label array."""

import numpy as np

labels = np.array([[0, 1], [1, 1]])
np.bincount(labels)
