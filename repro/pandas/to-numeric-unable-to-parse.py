# errfix-repro: expects=pandas/to-numeric-unable-to-parse
# errfix-repro: requires=pandas
"""pd.to_numeric on a column holding a thousands separator and a placeholder."""
import pandas as pd

prices = pd.Series(["12.5", "1,200", "n/a"])
pd.to_numeric(prices)
