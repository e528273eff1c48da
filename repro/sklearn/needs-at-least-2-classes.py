# errfix-repro: expects=sklearn/needs-at-least-2-classes
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""LogisticRegression.fit where y has a single class."""

import numpy as np
from sklearn.linear_model import LogisticRegression

X = np.arange(8.0).reshape(4, 2)
LogisticRegression().fit(X, [1, 1, 1, 1])
