# errfix-repro: expects=numpy/integers-negative-power
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""An integer array raised to a negative integer power."""

import numpy as np

steps = np.arange(1, 4)
steps**-1
