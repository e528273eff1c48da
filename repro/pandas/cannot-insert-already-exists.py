# errfix-repro: expects=pandas/cannot-insert-already-exists
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""reset_index when a column already has the index's name."""

import pandas as pd

df = pd.DataFrame({"city": ["x", "y"], "n": [1, 2]}).set_index("city")
df["city"] = ["x", "y"]
df.reset_index()
