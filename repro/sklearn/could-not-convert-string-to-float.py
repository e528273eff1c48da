# errfix-repro: expects=sklearn/could-not-convert-string-to-float
# errfix-repro: requires=sklearn,pandas
"""Fitting on a frame that still holds a text (categorical) column."""
import pandas as pd
from sklearn.linear_model import LogisticRegression

frame = pd.DataFrame({"age": [22, 35, 58, 41], "city": ["paris", "rome", "oslo", "rome"]})
LogisticRegression().fit(frame, [0, 1, 1, 0])
