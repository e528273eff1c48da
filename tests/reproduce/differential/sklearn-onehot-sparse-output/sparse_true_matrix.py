# source: synthetic: sparse=True kept sparse (the result is a SciPy sparse matrix)
from sklearn.preprocessing import OneHotEncoder

enc = OneHotEncoder(handle_unknown="ignore", sparse=True)  # fails here
enc.fit([["Male", 1], ["Female", 3], ["Female", 2]])
result = enc.transform([["Female", 1], ["Male", 4]])
