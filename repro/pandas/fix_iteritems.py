# errfix-repro: expects=pandas/iteritems-removed
# errfix-repro: requires=pandas
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""pandas 1.x code iterating columns with .iteritems() (removed in pandas 2.0).

The migration-fix test applies `pandas-iteritems` through the language server and runs this
file again: it must then print the `fixed:` line.
"""
import pandas as pd

df = pd.DataFrame({"a": [1, 2], "b": [3, 4]})
sums = {}
for name, column in df.iteritems():
    sums[name] = int(column.sum())
first = [int(v) for _, v in df["a"].iteritems()]
print("fixed:", sums, first)
