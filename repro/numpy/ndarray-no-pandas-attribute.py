# errfix-repro: expects=numpy/ndarray-no-pandas-attribute
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""Calling a pandas attribute on an ndarray."""

import numpy as np

X = np.arange(6).reshape(3, 2)
print(X.values)
