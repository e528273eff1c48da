# errfix-repro: expects=pandas/applymap-removed
# errfix-repro: requires=pandas
"""pandas 2.0 code using DataFrame.applymap (renamed to .map in 2.1, removed in pandas 3.0).

The migration-fix test applies `pandas-applymap` through the language server and runs this file
again: it must then print the `fixed:` line.
"""
import pandas as pd

df = pd.DataFrame({"name": [" ada ", "bob "], "city": ["oslo ", " rome"]})
clean = df.applymap(str.strip)
print("fixed:", clean.values.tolist())
