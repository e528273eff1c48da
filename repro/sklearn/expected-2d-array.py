# errfix-repro: expects=sklearn/expected-2d-array
# errfix-repro: requires=sklearn,numpy
"""A single feature passed as a 1-D array: estimators want (n_samples, n_features)."""
import numpy as np
from sklearn.linear_model import LinearRegression

sqft = np.array([50.0, 70.0, 90.0])
price = np.array([100.0, 150.0, 210.0])
LinearRegression().fit(sqft, price)
