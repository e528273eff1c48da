# errfix-repro: expects=sklearn/unknown-label-type-continuous
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
"""A classifier fitted on a continuous (float) target."""
import numpy as np
from sklearn.linear_model import LogisticRegression

X = np.arange(12.0).reshape(6, 2)
y = np.array([0.5, 1.2, 3.3, 0.1, 2.2, 0.3])
LogisticRegression().fit(X, y)
