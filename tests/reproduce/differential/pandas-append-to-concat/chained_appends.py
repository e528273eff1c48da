# source: synthetic: chained appends
import pandas as pd
df = pd.DataFrame({"a": [1]})
b = pd.DataFrame({"a": [2]})
c = pd.DataFrame({"a": [3]})
result = df.append(b).append(c, ignore_index=True)
