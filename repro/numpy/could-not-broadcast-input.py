# errfix-repro: expects=numpy/could-not-broadcast-input
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""Assigning a longer array into a slice."""

import numpy as np

out = np.zeros(4)
out[:] = np.arange(5)
