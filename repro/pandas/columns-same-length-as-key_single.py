# errfix-repro: expects=pandas/columns-same-length-as-key
# errfix-repro: requires=pandas
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""Assigning a two-column DataFrame to one column."""

import pandas as pd

df = pd.DataFrame({"name": ["Ada Lovelace", "Alan Turing"]})
df["first"] = df["name"].str.split(" ", expand=True)
