# errfix-repro: expects=numpy/operands-could-not-be-broadcast
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""Predictions and labels of different lengths combined elementwise."""
import numpy as np

predictions = np.array([0.2, 0.7, 0.9])
labels = np.array([0, 1, 1, 0])
errors = predictions - labels
