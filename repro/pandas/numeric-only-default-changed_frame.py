# errfix-repro: expects=pandas/numeric-only-default-changed
# errfix-repro: requires=pandas
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""DataFrame.mean() over a frame with a text column."""

import pandas as pd

df = pd.DataFrame({"player": ["x", "y"], "points": [1, 2]})
df.mean()
