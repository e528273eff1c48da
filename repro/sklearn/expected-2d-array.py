# errfix-repro: expects=sklearn/expected-2d-array
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
"""A single feature passed as a 1-D array: estimators want (n_samples, n_features)."""
import numpy as np
from sklearn.linear_model import LinearRegression

sqft = np.array([50.0, 70.0, 90.0])
price = np.array([100.0, 150.0, 210.0])
LinearRegression().fit(sqft, price)
