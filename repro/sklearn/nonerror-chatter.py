# errfix-repro: expects=none
# errfix-repro: requires=sklearn,numpy,pandas
"""A healthy scikit-learn run full of warnings: ConvergenceWarning, DataConversionWarning for a
column-vector y, missing feature names, a tiny class in cross-validation, a FutureWarning."""
import warnings

import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression, LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_score

warnings.simplefilter("default")
rng = np.random.default_rng(0)
X = rng.normal(size=(40, 3))
y = (X[:, 0] + rng.normal(scale=0.5, size=40) > 0).astype(int)
LogisticRegression(max_iter=3).fit(X, y)  # ConvergenceWarning
LogisticRegression().fit(X, y.reshape(-1, 1))  # DataConversionWarning
frame = pd.DataFrame(X, columns=["a", "b", "c"])
reg = LinearRegression().fit(frame, X[:, 0])
print(reg.predict(X[:2]))  # UserWarning: X does not have valid feature names
labels = np.array([0] * 20 + [1] * 19 + [2])
print(cross_val_score(LogisticRegression(), X, labels, cv=StratifiedKFold(3)))  # least populated class
LogisticRegression(penalty="l2").fit(X, y)  # FutureWarning in 1.8+
print("accuracy", LogisticRegression().fit(X, y).score(X, y))
