# source: synthetic: a dict row of a string and a missing number (pandas 3 alone would make it a str row)
import numpy as np
import pandas as pd

df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
result = df.append({"a": np.nan, "b": "z"}, ignore_index=True)
