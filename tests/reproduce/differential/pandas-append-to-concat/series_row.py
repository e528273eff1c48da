# source: synthetic: the shape that used to corrupt data (a Series appended as a row)
import pandas as pd
df = pd.DataFrame({"a": [1, 2], "b": [3.0, 4.0]})
row = pd.Series({"a": 5, "b": 6.0})
result = df.append(row, ignore_index=True)
