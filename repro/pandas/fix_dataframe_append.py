# errfix-repro: expects=pandas/dataframe-append-removed
# errfix-repro: requires=pandas
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""pandas 1.x code growing a DataFrame with .append (removed in pandas 2.0).

The migration-fix test applies `pandas-append-to-concat` through the language server and runs
this file again: it must then print the `fixed:` line.
"""
import pandas as pd

log = []
df = pd.DataFrame({"step": [1], "loss": [0.9]})
more = pd.DataFrame({"step": [2], "loss": [0.5]})
df = df.append(more, ignore_index=True)
df = df.append({"step": 3, "loss": 0.25}, ignore_index=True)
log.append(len(df))
print("fixed:", df.shape, df["loss"].tolist(), log)
