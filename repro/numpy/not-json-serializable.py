# errfix-repro: expects=numpy/not-json-serializable
# errfix-repro: requires=numpy
"""json.dumps of NumPy scalars."""

import json

import numpy as np

metrics = {"epoch": np.int64(3), "acc": np.float32(0.9)}
json.dumps(metrics)
