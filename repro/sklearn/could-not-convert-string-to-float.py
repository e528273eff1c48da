# errfix-repro: expects=sklearn/could-not-convert-string-to-float
# errfix-repro: requires=sklearn,pandas
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
"""Fitting on a frame that still holds a text (categorical) column."""
import pandas as pd
from sklearn.linear_model import LogisticRegression

frame = pd.DataFrame({"age": [22, 35, 58, 41], "city": ["paris", "rome", "oslo", "rome"]})
LogisticRegression().fit(frame, [0, 1, 1, 0])
