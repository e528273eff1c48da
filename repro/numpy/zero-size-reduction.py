# errfix-repro: expects=numpy/zero-size-reduction
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""max() of an empty array (a filter that matched nothing)."""

import numpy as np

scores = np.array([0.1, 0.4])
scores[scores > 0.9].max()
