# errfix-repro: expects=pandas/read-csv-tokenizing-error
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""A CSV row with more fields than the header (an unquoted comma inside a value)."""
from pathlib import Path

import pandas as pd

Path("reviews.csv").write_text("id,text,stars\n1,great,5\n2,good, but slow,3\n", encoding="utf-8")
pd.read_csv("reviews.csv")
