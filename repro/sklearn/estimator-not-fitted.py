# errfix-repro: expects=sklearn/estimator-not-fitted
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
"""transform() on a freshly constructed scaler (fit was called on a different object)."""
import numpy as np
from sklearn.preprocessing import StandardScaler

train = np.array([[1.0], [2.0], [3.0]])
StandardScaler().fit(train)  # the fitted scaler is thrown away
scaler = StandardScaler()
scaler.transform(train)
