# errfix-repro: expects=numpy/could-not-convert-string-to-float
# errfix-repro: requires=numpy
"""A CSV column with a placeholder string converted to float."""
import numpy as np

column = np.array(["1.5", "2.25", "abc"])
values = column.astype(float)
