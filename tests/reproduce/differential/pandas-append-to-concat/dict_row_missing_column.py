# source: synthetic: a dict row that lacks a column and adds another
import pandas as pd
df = pd.DataFrame({"a": [1], "b": [2]})
result = df.append({"a": 3, "c": 4}, ignore_index=True)
