# errfix-repro: expects=numpy/matmul-dimension-mismatch
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""np.dot with misaligned inner dimensions."""
import numpy as np

np.dot(np.ones((2, 3)), np.ones((4, 5)))
