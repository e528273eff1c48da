# errfix-repro: expects=pandas/unhashable-type-list
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""groupby on a column whose cells are lists."""

import pandas as pd

df = pd.DataFrame({"tags": [["a"], ["a"], ["b"]], "n": [1, 2, 3]})
df.groupby("tags")["n"].sum()
