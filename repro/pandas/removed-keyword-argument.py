# errfix-repro: expects=pandas/removed-keyword-argument
# errfix-repro: requires=pandas
# errfix-repro: matrix=pandas==2.2.3 pytz inherit
"""read_csv(error_bad_lines=False), removed in pandas 2.0."""

import io

import pandas as pd

pd.read_csv(io.StringIO("a,b\n1,2\n"), error_bad_lines=False)
