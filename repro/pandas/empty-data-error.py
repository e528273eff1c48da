# errfix-repro: expects=pandas/empty-data-error
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""read_csv on a file that is empty (a failed download / an export that wrote nothing)."""

from pathlib import Path

import pandas as pd

Path("export.csv").write_text("", encoding="utf-8")
pd.read_csv("export.csv")
