# errfix-repro: expects=sklearn/pipeline-intermediate-step
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""A Pipeline whose middle step is an estimator, not a transformer."""

import numpy as np
from sklearn.linear_model import LinearRegression
from sklearn.pipeline import Pipeline
from sklearn.svm import SVR

X = np.arange(8.0).reshape(4, 2)
Pipeline([("lr", LinearRegression()), ("svr", SVR())]).fit(X, np.arange(4.0))
