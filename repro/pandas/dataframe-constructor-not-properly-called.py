# errfix-repro: expects=pandas/dataframe-constructor-not-properly-called
# errfix-repro: requires=pandas
"""pd.DataFrame() given a scalar (here a JSON string) instead of a dict/list/array."""
import json

import pandas as pd

payload = json.dumps([{"a": 1}, {"a": 2}])
pd.DataFrame(payload)  # forgot json.loads
