# errfix-repro: expects=sklearn/force-all-finite-renamed
# errfix-repro: requires=sklearn,numpy
"""check_array(force_all_finite=...) renamed ensure_all_finite (removed in 1.8)."""

import numpy as np
from sklearn.utils import check_array

check_array(np.ones((2, 2)), force_all_finite=True)
