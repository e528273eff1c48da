# errfix-repro: expects=numpy/axis-out-of-bounds
# errfix-repro: requires=numpy
"""argmax over classes on predictions that are already 1-D."""
import numpy as np

predictions = np.array([0.1, 0.7, 0.2])
labels = predictions.argmax(axis=1)
