# errfix-repro: expects=sklearn/n-neighbors-greater-than-samples
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""KNeighborsClassifier(n_neighbors) larger than the training set."""

import numpy as np
from sklearn.neighbors import KNeighborsClassifier

X = np.arange(8.0).reshape(4, 2)
KNeighborsClassifier(n_neighbors=5).fit(X, [0, 1, 0, 1]).predict(X)
