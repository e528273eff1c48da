# errfix-repro: expects=numpy/ufunc-not-supported-input-types
# errfix-repro: requires=numpy
"""np.isnan on a column that mixes numbers and None."""
import numpy as np

column = np.array([1.0, None, 3.5], dtype=object)
missing = np.isnan(column)
