# errfix-repro: expects=sklearn/column-transformer-string-columns
# errfix-repro: requires=sklearn,numpy
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""ColumnTransformer selecting columns by name, fitted on a NumPy array."""

import numpy as np
from sklearn.compose import ColumnTransformer
from sklearn.preprocessing import StandardScaler

ct = ColumnTransformer([("num", StandardScaler(), ["age", "income"])])
ct.fit(np.random.RandomState(0).rand(4, 2))
