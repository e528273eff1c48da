# source: synthetic: the documented DataFrame.append(DataFrame) shape
import pandas as pd
df = pd.DataFrame({"a": [1, 2], "b": ["x", "y"]})
other = pd.DataFrame({"a": [3], "b": ["z"]})
result = df.append(other, ignore_index=True)
