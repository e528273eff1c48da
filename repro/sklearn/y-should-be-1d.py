# errfix-repro: expects=sklearn/y-should-be-1d
# errfix-repro: requires=sklearn,numpy
"""A one-hot encoded target passed to a single-output classifier."""
import numpy as np
from sklearn.linear_model import LogisticRegression

X = np.arange(12.0).reshape(6, 2)
y_onehot = np.eye(2)[[0, 1, 0, 1, 0, 1]]
LogisticRegression().fit(X, y_onehot)
