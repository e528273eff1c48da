# errfix-repro: expects=sklearn/feature-count-mismatch
# errfix-repro: requires=sklearn,numpy
"""predict() with a different number of columns than fit() saw."""
import numpy as np
from sklearn.linear_model import LinearRegression

model = LinearRegression().fit(np.ones((4, 3)), np.arange(4.0))
model.predict(np.ones((2, 2)))
