# errfix-repro: expects=pandas/arrow-conversion-failed
# errfix-repro: requires=pandas,pyarrow
"""to_parquet with an object column mixing numbers and text."""

import pandas as pd

df = pd.DataFrame({"zip": ["SW1A 1AA", 10115]}, dtype=object)
df.to_parquet("addresses.parquet")
