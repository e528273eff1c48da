# errfix-repro: expects=pandas/to-datetime-format-mismatch
# errfix-repro: requires=pandas
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""pd.to_datetime infers the format from the first value; a later value has another format."""
import pandas as pd

dates = pd.Series(["2024-01-31", "2024-02-01", "03/02/2024"])
pd.to_datetime(dates)
