# errfix-repro: expects=numpy/could-not-convert-string-to-float
# errfix-repro: requires=numpy
"""np.loadtxt on a CSV that still has its header line."""
import io

import numpy as np

csv = io.StringIO("height,weight\n1.7,65\n1.8,80\n")
table = np.loadtxt(csv, delimiter=",")
