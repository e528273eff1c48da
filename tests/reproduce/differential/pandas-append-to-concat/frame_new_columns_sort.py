# source: synthetic: columns that differ, sort=True
import pandas as pd
df = pd.DataFrame({"b": [1], "a": [2]})
other = pd.DataFrame({"c": [3], "a": [4]})
result = df.append(other, sort=True)
