# source: synthetic: index labels kept (no ignore_index)
import pandas as pd
df = pd.DataFrame({"a": [1, 2]}, index=["r1", "r2"])
other = pd.DataFrame({"a": [3.5]}, index=["r3"])
result = df.append(other)
