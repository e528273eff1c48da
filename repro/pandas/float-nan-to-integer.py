# errfix-repro: expects=pandas/float-nan-to-integer
# errfix-repro: requires=pandas,numpy
"""int() of a NaN that came from an empty or missing aggregate."""

import pandas as pd

df = pd.DataFrame({"age": [float("nan"), float("nan")]})
int(df["age"].mean())
