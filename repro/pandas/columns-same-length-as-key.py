# errfix-repro: expects=pandas/columns-same-length-as-key
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""str.split(expand=True) gives 3 columns, assigned to 2 names."""

import pandas as pd

df = pd.DataFrame({"name": ["Ada King Lovelace", "Alan Turing"]})
df[["first", "last"]] = df["name"].str.split(" ", expand=True)
