# errfix-repro: expects=pandas/usecols-not-found
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""read_csv(usecols=...) naming a column the file does not have."""

import io

import pandas as pd

pd.read_csv(io.StringIO("Date,Close\n2024-01-01,10\n"), usecols=["date", "Close"])
