# errfix-repro: expects=sklearn/estimator-not-fitted
# errfix-repro: requires=sklearn,numpy
"""transform() on a freshly constructed scaler (fit was called on a different object)."""
import numpy as np
from sklearn.preprocessing import StandardScaler

train = np.array([[1.0], [2.0], [3.0]])
StandardScaler().fit(train)  # the fitted scaler is thrown away
scaler = StandardScaler()
scaler.transform(train)
