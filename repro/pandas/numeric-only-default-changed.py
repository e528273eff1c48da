# errfix-repro: expects=pandas/numeric-only-default-changed
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==2.0.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""groupby().mean() over a frame that still has a text column (pandas 2 no longer drops it)."""

import pandas as pd

df = pd.DataFrame({"team": ["a", "a", "b"], "player": ["x", "y", "z"], "points": [1, 2, 3]})
df.groupby("team").mean()
