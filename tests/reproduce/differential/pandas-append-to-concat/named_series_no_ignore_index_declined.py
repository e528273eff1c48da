# source: synthetic: a named Series row without ignore_index: its name becomes the index label
import pandas as pd
df = pd.DataFrame({"a": [1]}, index=pd.Index(["r0"], name="run"))
result = df.append(pd.Series({"a": 2}, name="r1"))
