# source: tiankongsang/Study/Python/NumPy/04/39.py (via the search tool)
import pandas as pd

df2 = pd.DataFrame([[0.12345, -1.5, 2.0], [3.25, 4.0, -0.001]], columns=["a", "b", "c"], index=["app", "win"])
result = df2.applymap(lambda x: "%.3f" % x)  # fails here
