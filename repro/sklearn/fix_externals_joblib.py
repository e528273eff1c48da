# errfix-repro: expects=sklearn/externals-joblib-removed
# errfix-repro: requires=sklearn,joblib
"""scikit-learn < 0.23 code importing joblib from sklearn.externals (removed in 0.23).

The migration-fix test applies `sklearn-externals-joblib` through the language server and runs
this file again: it must then print the `fixed:` line.
"""
import os
import tempfile

from sklearn.externals import joblib
from sklearn.linear_model import LinearRegression

model = LinearRegression().fit([[0.0], [1.0], [2.0]], [1.0, 3.0, 5.0])
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "model.joblib")
    joblib.dump(model, path)
    restored = joblib.load(path)
print("fixed:", round(float(restored.predict([[3.0]])[0]), 3))
