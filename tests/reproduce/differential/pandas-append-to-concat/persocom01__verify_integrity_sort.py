# source: persocom01/TestAnaconda/pandas/18_pd_concat_test.py (via the search tool)
import pandas as pd

data = {"id": [1, 2, 3], "name": ["apple", "banana", "grape"], "state": ["fresh", "fresh", "fresh"]}
data2 = {"id": [4, 5], "name": ["lemon", "papaya"], "taste": ["sour", "sweet"], "state": ["fresh", "fresh"]}
top = pd.DataFrame(data)
bottom = pd.DataFrame(data2)
try:
    result = top.append(bottom, verify_integrity=True, sort=False)
except ValueError as error:  # overlapping index labels: what the repo demonstrates
    result = type(error).__name__
