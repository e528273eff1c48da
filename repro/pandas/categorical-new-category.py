# errfix-repro: expects=pandas/categorical-new-category
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""Writing a value that is not a category into a categorical column."""

import pandas as pd

df = pd.DataFrame({"size": pd.Categorical(["S", "M"])})
df.loc[0, "size"] = "XL"
