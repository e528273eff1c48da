# errfix-repro: expects=pandas/read-csv-eof-inside-string
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""A CSV field that opens a double quote and never closes it."""

from pathlib import Path

import pandas as pd

Path("items.csv").write_text('id,name\n1,Monitor\n2,"Cable, 6 ft\n3,Desk\n', encoding="utf-8")
pd.read_csv("items.csv")
