# errfix-repro: expects=numpy/index-out-of-bounds
# errfix-repro: requires=numpy
"""Taking a column that does not exist (3 columns, index 3)."""
import numpy as np

table = np.zeros((4, 3))
last_column = table[:, 3]
