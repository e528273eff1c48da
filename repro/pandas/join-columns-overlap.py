# errfix-repro: expects=pandas/join-columns-overlap
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""DataFrame.join of two frames that share a column name."""

import pandas as pd

left = pd.DataFrame({"score": [1, 2]}, index=["a", "b"])
right = pd.DataFrame({"score": [3, 4]}, index=["a", "b"])
left.join(right)
