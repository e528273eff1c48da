# errfix-repro: expects=pandas/string-dtype-invalid-value
# errfix-repro: requires=pandas
"""pandas 3 str dtype: writing a number into a text column."""

import pandas as pd

s = pd.Series(["low", "high"])
s.iloc[0] = 1
