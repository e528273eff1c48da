# errfix-repro: expects=numpy/ufunc-no-matching-loop
# errfix-repro: requires=numpy
"""Numbers read as text combined with integers."""
import numpy as np

ages = np.array(["31", "45"])
next_year = ages + 1
