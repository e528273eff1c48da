# errfix-repro: expects=sklearn/inconsistent-numbers-of-samples
# errfix-repro: requires=sklearn,numpy
"""X and y of different lengths (y taken before rows were dropped from X)."""
import numpy as np
from sklearn.linear_model import LinearRegression

X = np.arange(10.0).reshape(5, 2)
y = np.arange(6.0)
LinearRegression().fit(X, y)
