# source: synthetic: joblib's Parallel/delayed imported from the old module path
from math import sqrt

from sklearn.externals.joblib import Parallel, delayed  # fails here

result = Parallel(n_jobs=1)(delayed(sqrt)(i ** 2) for i in range(5))
