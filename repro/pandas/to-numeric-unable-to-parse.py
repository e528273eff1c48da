# errfix-repro: expects=pandas/to-numeric-unable-to-parse
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""pd.to_numeric on a column holding a thousands separator and a placeholder."""
import pandas as pd

prices = pd.Series(["12.5", "1,200", "n/a"])
pd.to_numeric(prices)
