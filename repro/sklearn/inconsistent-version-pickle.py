# errfix-repro: expects=sklearn/inconsistent-version-pickle
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""Unpickling an estimator whose state says another scikit-learn version."""

import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

model = LogisticRegression().fit(np.array([[0.0], [1.0], [2.0]]), [0, 1, 1])
state = model.__getstate__()
state["_sklearn_version"] = "1.0.2"  # what a pickle made by scikit-learn 1.0.2 carries
restored = LogisticRegression.__new__(LogisticRegression)
restored.__setstate__(state)  # what pickle.load does; prints the warning
sys.exit(1)  # a warning only: fail so the run counts
