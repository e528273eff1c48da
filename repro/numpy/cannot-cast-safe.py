# errfix-repro: expects=numpy/cannot-cast-safe
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""np.bincount on float labels."""

import numpy as np

labels = np.array([0.0, 1.0, 1.0])
np.bincount(labels)
