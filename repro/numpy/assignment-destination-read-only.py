# errfix-repro: expects=numpy/assignment-destination-read-only
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""Writing into a read-only view (np.broadcast_to)."""

import numpy as np

row = np.arange(3.0)
grid = np.broadcast_to(row, (2, 3))
grid[0, 0] = 1.0
