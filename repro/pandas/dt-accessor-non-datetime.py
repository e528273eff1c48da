# errfix-repro: expects=pandas/dt-accessor-non-datetime
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
""".dt on a column that is still text."""

import io

import pandas as pd

df = pd.read_csv(io.StringIO("day,sales\n2024-01-01,3\n2024-01-02,4\n"))
print(df["day"].dt.month)
