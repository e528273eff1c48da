# source: ioky31/py-learn/8_model_save.py (via the search tool)
import os
import tempfile

import numpy as np
from sklearn.linear_model import LinearRegression

X_test = np.array([[4.0], [5.0]])
model = LinearRegression().fit(np.array([[1.0], [2.0], [3.0]]), np.array([2.0, 4.0, 6.0]))
os.chdir(tempfile.mkdtemp())

from sklearn.externals import joblib  # fails here

joblib.dump(model, "model.pickle")
model = joblib.load("model.pickle")
result = model.predict(X_test)
