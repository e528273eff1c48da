# source: synthetic: a list of dict rows
import pandas as pd
df = pd.DataFrame({"a": [1]})
result = df.append([{"a": 2}, {"a": 3, "b": "x"}], ignore_index=True)
