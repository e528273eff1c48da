# errfix-repro: expects=numpy/inhomogeneous-shape
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
# errfix-repro: matrix=py3.8 numpy==1.21.6
"""Assigning a pair into one float slot."""
import numpy as np

row = np.zeros(3)
row[0] = [1.0, 2.0]
