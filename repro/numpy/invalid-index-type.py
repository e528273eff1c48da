# errfix-repro: expects=numpy/invalid-index-type
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""Splitting at a float position."""
import numpy as np

samples = np.arange(10)
split = len(samples) * 0.8
assert samples[int(split)] == 8  # the workaround: integer index
train = samples[split]
