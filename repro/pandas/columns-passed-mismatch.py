# errfix-repro: expects=pandas/columns-passed-mismatch
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""DataFrame(rows, columns=...) with more names than fields per row."""

import pandas as pd

rows = [[1, "a"], [2, "b"]]
pd.DataFrame(rows, columns=["id", "name", "score"])
