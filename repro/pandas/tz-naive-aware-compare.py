# errfix-repro: expects=pandas/tz-naive-aware-compare
# errfix-repro: requires=pandas
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""Filtering a tz-aware DatetimeIndex with a naive datetime."""

import datetime as dt

import pandas as pd

idx = pd.date_range("2024-01-01", periods=4, freq="D", tz="UTC")
prices = pd.Series([1.0, 2.0, 3.0, 4.0], index=idx)
prices.loc[dt.datetime(2024, 1, 2) :]
