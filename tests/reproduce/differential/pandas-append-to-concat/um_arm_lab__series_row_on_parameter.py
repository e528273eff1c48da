# source: UM-ARM-Lab/data-augmentation-for-manipulation/link_bot_pycommon/src/link_bot_pycommon/pandas_utils.py (via the search tool)
from typing import List

import pandas as pd


def df_append(df: pd.DataFrame, row: List):
    s = pd.Series(row, index=df.columns)
    df = df.append(s, ignore_index=True)
    return df


result = df_append(pd.DataFrame({"x": [1.0], "name": ["a"]}), [2.0, "b"])
