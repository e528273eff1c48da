# errfix-repro: expects=numpy/random-seed-range
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""np.random.seed with a value outside [0, 2**32-1]."""

import time

import numpy as np

np.random.seed(int(time.time() * 1000))
