# errfix-repro: expects=pandas/pivot-duplicate-entries
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""pivot with repeated (index, column) pairs."""

import pandas as pd

df = pd.DataFrame({"day": [1, 1, 2], "city": ["x", "x", "y"], "temp": [3, 4, 5]})
df.pivot(index="day", columns="city", values="temp")
