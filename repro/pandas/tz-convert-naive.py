# errfix-repro: expects=pandas/tz-convert-naive
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""tz_convert on naive timestamps."""

import pandas as pd

s = pd.to_datetime(pd.Series(["2024-01-01 10:00"]))
s.dt.tz_convert("Europe/Berlin")
