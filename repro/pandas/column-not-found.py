# errfix-repro: expects=pandas/column-not-found
# errfix-repro: requires=pandas
"""Selecting a column that the frame does not have: pandas chains KeyError from its index engine."""
import pandas as pd

sales = pd.DataFrame({"region": ["n", "s"], "revenue": [10.0, 12.5]})
print(sales["Revenue"].sum())  # the column is 'revenue'
