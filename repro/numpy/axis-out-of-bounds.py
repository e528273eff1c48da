# errfix-repro: expects=numpy/axis-out-of-bounds
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""argmax over classes on predictions that are already 1-D."""
import numpy as np

predictions = np.array([0.1, 0.7, 0.2])
labels = predictions.argmax(axis=1)
