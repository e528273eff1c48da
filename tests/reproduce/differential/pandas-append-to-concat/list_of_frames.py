# source: synthetic: a list of DataFrames
import pandas as pd
df = pd.DataFrame({"a": [1]})
f1 = pd.DataFrame({"a": [2]})
f2 = pd.DataFrame({"a": [3]})
result = df.append([f1, f2], ignore_index=True)
