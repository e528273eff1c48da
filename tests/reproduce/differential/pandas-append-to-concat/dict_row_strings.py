# source: synthetic: a dict row with strings and ints
import pandas as pd
df = pd.DataFrame({"name": ["a"], "count": [1]})
result = df.append({"name": "b", "count": 2}, ignore_index=True)
