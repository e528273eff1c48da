# errfix-repro: expects=pandas/column-not-found
# errfix-repro: requires=pandas
"""Selecting a list of columns where one is missing: "['...'] not in index"."""
import pandas as pd

sales = pd.DataFrame({"region": ["n", "s"], "revenue": [10.0, 12.5]})
features = sales[["region", "revenue", "units"]]
