# source: jhliu17/matrixstitcher/matrixstitcher/backend.py (via the search tool)
import numpy as np


class Matrix:
    def __init__(self, data, dtype=np.float):  # fails here
        if isinstance(data, np.ndarray):
            self.matrix = data.astype(dtype)
        else:
            if isinstance(data, (float, int)):
                data = [data]
            self.matrix = np.array(data, dtype=dtype)


result = [Matrix([[1, 2], [3, 4]]).matrix, Matrix(np.arange(3)).matrix, Matrix(5).matrix]
