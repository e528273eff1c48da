# errfix-repro: expects=sklearn/n-components-out-of-range
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""PCA(n_components) larger than min(n_samples, n_features)."""

import numpy as np
from sklearn.decomposition import PCA

PCA(n_components=5).fit(np.random.RandomState(0).rand(10, 3))
