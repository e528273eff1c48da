# errfix-repro: expects=sklearn/unknown-label-type-continuous
# errfix-repro: requires=sklearn,numpy
"""A classifier fitted on a continuous (float) target."""
import numpy as np
from sklearn.linear_model import LogisticRegression

X = np.arange(12.0).reshape(6, 2)
y = np.array([0.5, 1.2, 3.3, 0.1, 2.2, 0.3])
LogisticRegression().fit(X, y)
