# errfix-repro: expects=numpy/ufunc-not-supported-input-types
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""np.isnan on a column that mixes numbers and None."""
import numpy as np

column = np.array([1.0, None, 3.5], dtype=object)
missing = np.isnan(column)
