# source: DongHaoDong/AID1908/study/1905/month01/code/Stage5/day10/demo05_ohe.py (via the search tool)
import numpy as np
import sklearn.preprocessing as sp

samples = np.array([[1, 3, 2], [7, 5, 4], [1, 8, 6], [7, 3, 9]])
ohe = sp.OneHotEncoder(sparse=False, dtype="int32")  # fails here
result = ohe.fit_transform(samples)
