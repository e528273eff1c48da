# source: synthetic: np.where over np.in1d of a 2-D label image (a bare rename to np.isin returns two index arrays here)
import numpy as np

labels = np.array([[0, 3, 3], [5, 0, 7]])
keep = [3, 7]
flat_index = np.where(np.in1d(labels, keep))[0]  # fails here
result = [flat_index, labels.ravel()[np.in1d(labels, keep, invert=True)]]
