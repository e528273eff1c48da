# errfix-repro: expects=numpy/concatenate-dimension-mismatch
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""Stacking train and test features with different numbers of columns."""
import numpy as np

train = np.ones((5, 3))
test = np.ones((2, 4))
features = np.vstack([train, test])
