# errfix-repro: expects=pandas/str-accessor-non-string
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""Using .str on a column that read_csv parsed as numbers."""
import io

import pandas as pd

frame = pd.read_csv(io.StringIO("zip,city\n10115,berlin\n80331,munich\n"))
frame["zip"].str.zfill(5)
