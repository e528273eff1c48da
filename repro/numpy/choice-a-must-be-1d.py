# errfix-repro: expects=numpy/choice-a-must-be-1d
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""np.random.choice on a 2-D array."""

import numpy as np

pairs = np.array([[0, 1], [2, 3], [4, 5]])
np.random.choice(pairs)
