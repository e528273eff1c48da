# errfix-repro: expects=numpy/numpy-scalar-not-callable
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""A missing * between a number and a parenthesis (or a shadowed function)."""

import numpy as np

radius = np.float64(2.0)
area = np.pi * radius(radius)
