# source: LILeilei66/pdLearn/example.py (via the search tool)
import pandas as pd

columns = ["cal1", "cal2", "cal3"]
df = pd.DataFrame(columns=columns)
serie = pd.Series([1, 2, 3], name="fn_serie", index=columns)
df = df.append(serie)
result = df
