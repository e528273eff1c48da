# errfix-repro: expects=sklearn/n-splits-greater-than-samples
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""StratifiedKFold(5) when every class has fewer than 5 members."""

import numpy as np
from sklearn.model_selection import StratifiedKFold

X = np.zeros((6, 2))
y = np.array([0, 0, 0, 1, 1, 1])
list(StratifiedKFold(n_splits=5).split(X, y))
