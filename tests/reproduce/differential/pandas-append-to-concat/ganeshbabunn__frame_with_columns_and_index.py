# source: ganeshbabuNN/MyNotes/Python/7-Recepies/adding_row_Dynamically.py (via the search tool)
import pandas as pd

cols = ["c1", "c2", "c3"]
lst = []
for a in range(2):
    lst.append([1, 2, 3])
df1 = pd.DataFrame(lst, columns=cols)
df2 = pd.DataFrame(columns=cols, index=range(2))
for a in range(2):
    df2.loc[a] = [4, 5, 6]
df3 = df2.append(df1, ignore_index=True)  # fails here
result = df3
