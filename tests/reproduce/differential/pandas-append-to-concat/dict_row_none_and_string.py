# source: synthetic: a dict row of a string and None (pandas 3 alone would turn the None into NaN)
import pandas as pd

df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
result = df.append({"a": None, "b": "z"}, ignore_index=True)
