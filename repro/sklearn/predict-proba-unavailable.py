# errfix-repro: expects=sklearn/predict-proba-unavailable
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""SVC.predict_proba without probability=True."""

import numpy as np
from sklearn.svm import SVC

X = np.random.RandomState(0).rand(10, 2)
SVC().fit(X, [0, 1] * 5).predict_proba(X)
