# errfix-repro: expects=pandas/scalar-values-need-index
# errfix-repro: requires=pandas
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""DataFrame from a dict of scalars."""

import pandas as pd

pd.DataFrame({"accuracy": 0.91, "loss": 0.2})
