# errfix-repro: expects=numpy/inhomogeneous-shape
# errfix-repro: requires=numpy
"""Assigning a pair into one float slot."""
import numpy as np

row = np.zeros(3)
row[0] = [1.0, 2.0]
