# errfix-repro: expects=pandas/axis-length-mismatch
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""Assigning a list of column names of the wrong length."""

import io

import pandas as pd

df = pd.read_csv(io.StringIO("2024-01-01,3,x\n2024-01-02,4,y\n"), header=None)
df.columns = ["date", "sales"]
