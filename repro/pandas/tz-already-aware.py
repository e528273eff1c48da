# errfix-repro: expects=pandas/tz-already-aware
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""tz_localize on a column that is already tz-aware."""

import pandas as pd

s = pd.to_datetime(pd.Series(["2024-01-01 10:00"]), utc=True)
s.dt.tz_localize("Europe/Berlin")
