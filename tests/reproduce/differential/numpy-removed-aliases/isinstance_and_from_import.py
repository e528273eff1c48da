# source: synthetic: aliases in isinstance, astype and a from-import
import numpy as np
from numpy import float, int  # noqa: A004

values = np.array([1.7, 2.2, -3.9])
as_int = values.astype(np.int)  # fails here
result = [as_int, isinstance(values[0].item(), float), int("7"), np.zeros(2, dtype=np.bool)]
