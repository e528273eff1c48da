# errfix-repro: expects=numpy/assignment-destination-read-only
# errfix-repro: requires=numpy,pandas
"""pandas 3 copy-on-write: to_numpy() of a column is read-only."""

import pandas as pd

df = pd.DataFrame({"x": [1.0, 2.0]})
values = df["x"].to_numpy()
values[0] = 0.0
