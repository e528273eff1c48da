# source: CSCSCS84/tutorials_python/pandas_tutorialpoint/pandas_tutorialpoint3.py (via the search tool)
import numpy as np
import pandas as pd

N = 4
df = pd.DataFrame({
    "A": pd.date_range(start="2016-01-01", periods=N, freq="D"),
    "x": np.linspace(0, stop=N - 1, num=N),
    "C": ["Low", "Medium", "High", "Low"],
})
result = []
for key, value in df.iteritems():  # fails here
    result.append(key)
    result.append(value)
