# errfix-repro: expects=sklearn/estimator-class-not-instance
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""Calling fit on the class instead of an instance (missing parentheses)."""

import numpy as np
from sklearn.linear_model import LinearRegression

X = np.arange(8.0).reshape(4, 2)
model = LinearRegression
model.fit(X, np.arange(4.0))
