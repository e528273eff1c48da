# errfix-repro: expects=pandas/unknown-datetime-string-format
# errfix-repro: requires=pandas
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""to_datetime on a value that is not a date at all."""

import pandas as pd

pd.to_datetime(pd.Series(["2024-01-05", "unknown"]), format="mixed")
