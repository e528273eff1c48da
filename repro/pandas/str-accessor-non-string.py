# errfix-repro: expects=pandas/str-accessor-non-string
# errfix-repro: requires=pandas
"""Using .str on a column that read_csv parsed as numbers."""
import io

import pandas as pd

frame = pd.read_csv(io.StringIO("zip,city\n10115,berlin\n80331,munich\n"))
frame["zip"].str.zfill(5)
