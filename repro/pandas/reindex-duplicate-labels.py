# errfix-repro: expects=pandas/reindex-duplicate-labels
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""Assigning a Series whose index has duplicates: pandas must align it and cannot."""
import pandas as pd

frame = pd.DataFrame({"a": [1, 2, 3]})
ratings = pd.Series([5, 4, 3], index=[0, 0, 1])  # e.g. after a concat without ignore_index
frame["rating"] = ratings
