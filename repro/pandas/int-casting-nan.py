# errfix-repro: expects=pandas/int-casting-nan
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""astype(int) on a column with missing values (NaN cannot be an int64)."""
import io

import pandas as pd

frame = pd.read_csv(io.StringIO("id,clicks\n1,3\n2,\n3,7\n"))
frame["clicks"] = frame["clicks"].astype(int)
