# errfix-repro: expects=numpy/matmul-dimension-mismatch
# errfix-repro: requires=numpy
"""np.dot with misaligned inner dimensions."""
import numpy as np

np.dot(np.ones((2, 3)), np.ones((4, 5)))
