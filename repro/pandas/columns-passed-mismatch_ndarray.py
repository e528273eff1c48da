# errfix-repro: expects=pandas/columns-passed-mismatch
# errfix-repro: requires=pandas,numpy
# errfix-repro: matrix=py3.10 pandas==1.5.3 numpy==1.26.4
"""DataFrame(ndarray, columns=...) with the wrong number of names."""

import numpy as np
import pandas as pd

pd.DataFrame(np.zeros((4, 2)), columns=["x", "y", "z"])
