# source: Anthonymcqueen21/DataCamp/17-supervised-learning-with-scikit-learn/04-preprocessing-pipelines/04-dropped-missing-data.py (via the search tool)
import numpy as np
import pandas as pd

df = pd.DataFrame({"party": ["d", "r", "d"], "infants": ["y", "?", "n"], "water": ["?", "n", "y"]})
df[df == "?"] = np.NaN  # fails here
df = df.dropna()
result = df
