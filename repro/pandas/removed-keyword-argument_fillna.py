# errfix-repro: expects=pandas/removed-keyword-argument
# errfix-repro: requires=pandas
"""fillna(method='ffill'), removed in pandas 3.0."""

import pandas as pd

pd.DataFrame({"price": [1.0, None, 3.0]}).fillna(method="ffill")
