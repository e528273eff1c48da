# source: synthetic: np.in1d handed to other code as a function (its calls are not visible here)
import numpy as np

membership = np.in1d  # fails here
result = membership(np.array([[1, 2], [3, 4]]), [2, 3])
