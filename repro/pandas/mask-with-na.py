# errfix-repro: expects=pandas/mask-with-na
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""Boolean indexing with str.contains over a column that has missing values."""

import pandas as pd

df = pd.DataFrame({"title": ["Data engineer", None, "ML engineer"]}, dtype=object)
df[df["title"].str.contains("ML")]
