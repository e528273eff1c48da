# errfix-repro: expects=sklearn/solver-penalty-mismatch
# errfix-repro: requires=sklearn,numpy
"""L1 regularisation with the default lbfgs solver."""
import numpy as np
from sklearn.linear_model import LogisticRegression

X = np.arange(12.0).reshape(6, 2)
y = np.array([0, 1, 0, 1, 0, 1])
LogisticRegression(penalty="l1", C=0.5).fit(X, y)
