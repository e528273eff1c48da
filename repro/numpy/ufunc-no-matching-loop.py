# errfix-repro: expects=numpy/ufunc-no-matching-loop
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""Numbers read as text combined with integers."""
import numpy as np

ages = np.array(["31", "45"])
next_year = ages + 1
