# errfix-repro: expects=sklearn/negative-values-multinomialnb
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""MultinomialNB on standardized (negative) features."""

import numpy as np
from sklearn.naive_bayes import MultinomialNB
from sklearn.preprocessing import StandardScaler

X = StandardScaler().fit_transform(np.arange(12.0).reshape(6, 2))
MultinomialNB().fit(X, [0, 1] * 3)
