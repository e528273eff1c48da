# errfix-repro: expects=pandas/reindex-duplicate-labels
# errfix-repro: requires=pandas
"""Assigning a Series whose index has duplicates: pandas must align it and cannot."""
import pandas as pd

frame = pd.DataFrame({"a": [1, 2, 3]})
ratings = pd.Series([5, 4, 3], index=[0, 0, 1])  # e.g. after a concat without ignore_index
frame["rating"] = ratings
