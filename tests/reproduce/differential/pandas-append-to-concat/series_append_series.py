# source: synthetic: Series.append(Series)
import pandas as pd
s = pd.Series([1, 2], index=["a", "b"])
t = pd.Series([3], index=["c"])
result = s.append(t)
