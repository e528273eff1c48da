# errfix-repro: expects=pandas/parquet-no-engine
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""to_parquet/read_parquet with neither pyarrow nor fastparquet importable."""

import sys

import pandas as pd

sys.modules["pyarrow"] = None  # as if neither parquet engine were installed
sys.modules["fastparquet"] = None
pd.DataFrame({"a": [1, 2]}).to_parquet("data.parquet")
