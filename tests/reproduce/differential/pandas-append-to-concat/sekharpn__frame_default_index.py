# source: sekharpn/basic-programming/basics-pandas/pandas-dataframe/appending.py (via the search tool)
import pandas as pd

df = pd.DataFrame([[5, 6], [1.2, 3]])
df2 = pd.DataFrame([[0, 0], [9, 9]])
result = df.append(df2)
