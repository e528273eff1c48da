# source: thouis/malis_large_volumes/test/test_simple.py (via the search tool)
import numpy as np

labels = np.array([[[1, 1, 1, 2, 2, 2]]], dtype=np.int32)
weights = np.zeros(shape=labels.shape + (3,))
weights[:, :, :, 0] = np.array([[[.2, .2, .3, .2, .2, .2]]], dtype=np.float)  # fails here
result = weights
