# source: jmmedel/Python/References/11_Python_Pandas/08_Function_Application/05_python.py (via the search tool)
import pandas as pd

df = pd.DataFrame([[0.1, 0.2, -0.3], [1.5, -2.0, 0.0]], columns=["col1", "col2", "col3"])
result = df.applymap(lambda x: x * 100)  # fails here
