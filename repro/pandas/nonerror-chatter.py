# errfix-repro: expects=none
# errfix-repro: requires=pandas
"""A healthy pandas run that prints alarming-looking text: error-named columns, a ParserWarning
for a skipped bad line, a describe() table and a DeprecationWarning. None of it is an error."""
import io
import warnings

import pandas as pd

warnings.simplefilter("default")
csv = "run,error_rate,status\n1,0.12,KeyError fixed\n2,0.08,ok,extra\n3,0.05,ValueError: none\n"
runs = pd.read_csv(io.StringIO(csv), on_bad_lines="warn")
print(runs)
print(runs.describe())
runs.info()
warnings.warn("`mode.use_inf_as_na` style option is deprecated", DeprecationWarning, stacklevel=1)
copy = runs[runs["error_rate"] > 0.06].copy()
copy["status"] = "checked"
print(copy.to_string())
