# errfix-repro: expects=numpy/inhomogeneous-shape
# errfix-repro: requires=numpy
# errfix-repro: matrix=numpy==1.26.4 inherit
"""Variable-length token sequences turned into one array."""
import numpy as np

sequences = [[1, 2, 3], [4, 5]]
batch = np.array(sequences)
