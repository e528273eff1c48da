# errfix-repro: expects=numpy/python-int-out-of-bounds
# errfix-repro: requires=numpy
"""np.array([...], dtype=uint8) with a value above 255."""

import numpy as np

np.array([12, 300], dtype=np.uint8)
