# errfix-repro: expects=pandas/merge-dtype-mismatch
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""Merging on a key that is text in one frame and integer in the other."""
import io

import pandas as pd

users = pd.read_csv(io.StringIO("user_id,name\n001,ann\n002,bob\n"), dtype={"user_id": str})
orders = pd.DataFrame({"user_id": [1, 2], "total": [9.5, 3.0]})
users.merge(orders, on="user_id")
