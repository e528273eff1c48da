# errfix-repro: expects=sklearn/n-splits-greater-than-samples
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""KFold with more folds than samples."""

import numpy as np
from sklearn.model_selection import KFold

list(KFold(n_splits=10).split(np.zeros((4, 2))))
