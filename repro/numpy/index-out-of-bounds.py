# errfix-repro: expects=numpy/index-out-of-bounds
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""Taking a column that does not exist (3 columns, index 3)."""
import numpy as np

table = np.zeros((4, 3))
last_column = table[:, 3]
