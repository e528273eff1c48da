# errfix-repro: expects=sklearn/max-features-auto-removed
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""RandomForestClassifier(max_features='auto'), removed in 1.3."""

import numpy as np
from sklearn.ensemble import RandomForestClassifier

X = np.arange(12.0).reshape(6, 2)
RandomForestClassifier(max_features="auto", n_estimators=5).fit(X, [0, 1] * 3)
