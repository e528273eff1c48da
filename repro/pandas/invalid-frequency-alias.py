# errfix-repro: expects=pandas/invalid-frequency-alias
# errfix-repro: requires=pandas
"""Frequency alias 'M' removed in pandas 3 (renamed 'ME')."""

import pandas as pd

pd.date_range("2024-01-31", periods=3, freq="M")
