# errfix-repro: expects=pandas/removed-member
# errfix-repro: requires=pandas
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""DataFrame.lookup, removed in pandas 2.0."""

import pandas as pd

df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
df.lookup([0, 1], ["a", "b"])
