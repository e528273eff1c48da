# errfix-repro: expects=sklearn/invalid-parameter-for-estimator
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""GridSearchCV over a Pipeline with a param name missing the step prefix."""

import numpy as np
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVC

X = np.random.RandomState(0).rand(12, 2)
pipe = Pipeline([("scale", StandardScaler()), ("svc", SVC())])
GridSearchCV(pipe, {"C": [0.1, 1.0]}, cv=2).fit(X, [0, 1] * 6)
