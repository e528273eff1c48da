# errfix-repro: expects=sklearn/invalid-parameter-value
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""An out-of-range hyper-parameter value (n_estimators=0) rejected by parameter validation."""

import numpy as np
from sklearn.ensemble import RandomForestClassifier

X = np.arange(12.0).reshape(6, 2)
RandomForestClassifier(n_estimators=0).fit(X, [0, 1] * 3)
