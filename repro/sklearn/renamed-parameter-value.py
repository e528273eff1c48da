# errfix-repro: expects=sklearn/renamed-parameter-value
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""DecisionTreeRegressor(criterion='mse'), renamed 'squared_error' (removed in 1.2)."""

import numpy as np
from sklearn.tree import DecisionTreeRegressor

X = np.arange(12.0).reshape(6, 2)
DecisionTreeRegressor(criterion="mse").fit(X, np.arange(6.0))
