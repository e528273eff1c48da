# errfix-repro: expects=numpy/python-int-out-of-bounds
# errfix-repro: requires=numpy
"""NumPy 2 (NEP 50): a Python int that does not fit the array's dtype."""

import numpy as np

pixels = np.array([10, 200], dtype=np.uint8)
pixels + 256
