# errfix-repro: expects=pandas/column-not-found
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""Selecting a column that the frame does not have: pandas chains KeyError from its index engine."""
import pandas as pd

sales = pd.DataFrame({"region": ["n", "s"], "revenue": [10.0, 12.5]})
print(sales["Revenue"].sum())  # the column is 'revenue'
