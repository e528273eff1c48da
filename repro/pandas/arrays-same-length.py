# errfix-repro: expects=pandas/arrays-same-length
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""DataFrame from a dict of lists of different lengths."""

import pandas as pd

pd.DataFrame({"name": ["a", "b", "c"], "score": [1, 2]})
