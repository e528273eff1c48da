# errfix-repro: expects=pandas/merge-asof-keys-not-sorted
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""merge_asof on an unsorted key."""

import pandas as pd

trades = pd.DataFrame({"t": [3, 1, 2], "qty": [1, 2, 3]})
quotes = pd.DataFrame({"t": [1, 2, 3], "bid": [9, 8, 7]})
pd.merge_asof(trades, quotes, on="t")
