# source: sekharpn/basic-programming/basics-pandas/pandas-dataframe/appending.py (via the search tool)
import pandas as pd

df = pd.DataFrame([[5, 6], [1.2, 3]])
ser = pd.Series([0, 0], name="r3")
result = df.append(ser, ignore_index=True)
