# errfix-repro: expects=pandas/grouper-not-1-dimensional
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""groupby on a column name that appears twice."""

import pandas as pd

a = pd.DataFrame({"id": [1, 2], "v": [1, 2]})
b = pd.DataFrame({"id": [1, 2], "w": [3, 4]})
both = pd.concat([a, b], axis=1)
both.groupby("id").sum()
