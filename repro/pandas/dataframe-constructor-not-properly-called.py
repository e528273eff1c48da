# errfix-repro: expects=pandas/dataframe-constructor-not-properly-called
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""pd.DataFrame() given a scalar (here a JSON string) instead of a dict/list/array."""
import json

import pandas as pd

payload = json.dumps([{"a": 1}, {"a": 2}])
pd.DataFrame(payload)  # forgot json.loads
