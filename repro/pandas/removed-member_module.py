# errfix-repro: expects=pandas/removed-member
# errfix-repro: requires=pandas
"""pd.np, removed in pandas 2.0."""

import pandas as pd

print(pd.np.nan)
