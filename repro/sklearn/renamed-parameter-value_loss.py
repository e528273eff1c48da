# errfix-repro: expects=sklearn/renamed-parameter-value
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""SGDClassifier(loss='log'), renamed 'log_loss' (removed in 1.3)."""

import numpy as np
from sklearn.linear_model import SGDClassifier

X = np.arange(12.0).reshape(6, 2)
SGDClassifier(loss="log").fit(X, [0, 1] * 3)
