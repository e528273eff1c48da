# errfix-repro: expects=pandas/mixed-timezones
# errfix-repro: requires=pandas
"""to_datetime on timestamps with different UTC offsets (summer/winter time)."""

import pandas as pd

stamps = pd.Series(["2024-01-15 09:00:00+01:00", "2024-07-15 09:00:00+02:00"])
pd.to_datetime(stamps)
