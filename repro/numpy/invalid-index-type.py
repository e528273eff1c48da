# errfix-repro: expects=numpy/invalid-index-type
# errfix-repro: requires=numpy
"""Splitting at a float position."""
import numpy as np

samples = np.arange(10)
split = len(samples) * 0.8
assert samples[int(split)] == 8  # the workaround: integer index
train = samples[split]
