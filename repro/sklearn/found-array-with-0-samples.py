# errfix-repro: expects=sklearn/found-array-with-0-samples
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""fit on an empty selection (a filter that matched no rows)."""

import numpy as np
from sklearn.linear_model import LinearRegression

X = np.arange(8.0).reshape(4, 2)
keep = X[:, 0] > 100
LinearRegression().fit(X[keep], np.arange(4.0)[keep])
