# source: KenMiller6850/PythonHTMLWriterCuirrent/dataframeTest1.py (via the search tool)
import pandas as pd

data = {"name": ["Somu", "Kiku"], "physics": [68, 74], "chemistry": [84, 56], "algebra": [78, 88]}
df_marks = pd.DataFrame(data)
new_row = {"name": "Geo", "physics": 87, "chemistry": 92, "algebra": 97}
df_marks = df_marks.append(new_row, ignore_index=True)
result = df_marks
