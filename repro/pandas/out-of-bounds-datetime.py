# errfix-repro: expects=pandas/out-of-bounds-datetime
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""A sentinel date (year 1500) converted to nanosecond datetime64."""

import pandas as pd

dates = pd.Series(["2021-03-01", "1500-01-01"])
dates.astype("datetime64[ns]")
