# errfix-repro: expects=sklearn/externals-joblib-removed
# errfix-repro: requires=sklearn,joblib
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
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
