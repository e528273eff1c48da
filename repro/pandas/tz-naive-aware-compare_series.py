# errfix-repro: expects=pandas/tz-naive-aware-compare
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""Comparing a tz-aware column with a naive Timestamp."""

import pandas as pd

events = pd.DataFrame({"at": pd.date_range("2024-01-01", periods=3, freq="D", tz="UTC")})
events[events["at"] > pd.Timestamp("2024-01-02")]
