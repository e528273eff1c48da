# source: jmmedel/Python/References/11_Python_Pandas/10_python_Iteration/02_python.py (via the search tool)
import numpy as np
import pandas as pd

df = pd.DataFrame(np.arange(12.0).reshape(4, 3), columns=["col1", "col2", "col3"])
result = []
for key, value in df.iteritems():  # fails here
    result.append((key, value))
