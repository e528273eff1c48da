# source: ganeshbabuNN/MyNotes/Python/7-Recepies/adding_row_Dynamically.py (via the search tool)
import pandas as pd

cols = ["c1", "c2", "c3"]
df1 = pd.DataFrame([[1, 2, 3], [1, 2, 3]], columns=cols)
lst_dict = []
for a in range(2):
    vals = [7, 8, 9]
    lst_dict.append(dict(zip(cols, vals)))
df5 = df1.append(lst_dict)  # fails here
result = df5
