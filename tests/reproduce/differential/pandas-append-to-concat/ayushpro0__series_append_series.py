# source: ayushpro0/python_notes/Python_mam_notes/Day18_10Apr/2_Demo2/1_Pandas1.py (via the search tool)
import pandas as pd

s = pd.Series(["S101", "Amjad", "C.Sc.", "XII - A1", "450"])
new_s = s.append(pd.Series(["90.0", "PASS"]))
result = new_s
