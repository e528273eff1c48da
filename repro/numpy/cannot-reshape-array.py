# errfix-repro: expects=numpy/cannot-reshape-array
# errfix-repro: requires=numpy
"""Reshaping 10 pixels into a 3x3 image."""
import numpy as np

pixels = np.arange(10)
image = pixels.reshape(3, 3)
