# errfix-repro: expects=numpy/sample-larger-than-population
# errfix-repro: requires=numpy
# errfix-repro: matrix=py3.10 numpy==1.26.4
"""np.random.choice(replace=False) asking for more items than exist."""

import numpy as np

np.random.choice(np.arange(5), size=8, replace=False)
