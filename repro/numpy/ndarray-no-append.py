# errfix-repro: expects=numpy/ndarray-no-append
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""list.append on an ndarray."""

import numpy as np

losses = np.array([0.5])
losses.append(0.4)
