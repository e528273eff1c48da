# errfix-repro: expects=numpy/cannot-reshape-array
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""Reshaping 10 pixels into a 3x3 image."""
import numpy as np

pixels = np.arange(10)
image = pixels.reshape(3, 3)
