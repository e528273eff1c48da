# errfix-repro: expects=sklearn/feature-count-mismatch
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
"""predict() with a different number of columns than fit() saw."""
import numpy as np
from sklearn.linear_model import LinearRegression

model = LinearRegression().fit(np.ones((4, 3)), np.arange(4.0))
model.predict(np.ones((2, 2)))
