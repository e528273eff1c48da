# source: Liam1026/PythonPractice/Numpy/pandas6.py (via the search tool)
import numpy as np
import pandas as pd

df1 = pd.DataFrame(np.ones((2, 4)) * 0, columns=["a", "b", "c", "d"])
s1 = pd.Series([1, 2, 3, 4], index=["a", "b", "c", "d"])
result = df1.append(s1, ignore_index=True)
