# errfix-repro: expects=sklearn/inconsistent-numbers-of-samples
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
"""X and y of different lengths (y taken before rows were dropped from X)."""
import numpy as np
from sklearn.linear_model import LinearRegression

X = np.arange(10.0).reshape(5, 2)
y = np.arange(6.0)
LinearRegression().fit(X, y)
