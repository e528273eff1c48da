# errfix-repro: expects=pandas/excel-format-cannot-be-determined
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""read_excel on a file whose bytes are not an Excel workbook (a CSV renamed .xls)."""

from pathlib import Path

import pandas as pd

Path("prices.xls").write_text("item,price\napple,1.5\n", encoding="utf-8")
pd.read_excel("prices.xls")
