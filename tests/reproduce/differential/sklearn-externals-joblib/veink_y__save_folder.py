# source: veink-y/data_analysis/ml/docs/baocunmoxing.md (via the search tool)
import os
import tempfile

from sklearn.externals import joblib  # fails here
from sklearn.neighbors import KNeighborsClassifier

X = [[0.0], [1.0], [2.0], [3.0]]
clf = KNeighborsClassifier(n_neighbors=1).fit(X, [0, 0, 1, 1])
os.chdir(tempfile.mkdtemp())
os.mkdir("save")
joblib.dump(clf, "save/clf.pkl")
clf3 = joblib.load("save/clf.pkl")
result = clf3.predict(X[0:1])
