# errfix-repro: expects=numpy/only-integer-scalar-index
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""np.concatenate called with two arrays instead of a sequence of arrays."""
import numpy as np

first = np.array([1, 2])
second = np.array([3, 4])
both_ok = np.concatenate([first, second])  # the workaround: pass a sequence
both = np.concatenate(first, second)
