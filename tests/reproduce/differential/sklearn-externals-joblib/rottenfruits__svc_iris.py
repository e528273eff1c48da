# source: RottenFruits/ml_api_samples/ml_api_python/src/model/train.py (via the search tool)
import os
import tempfile

from sklearn import svm
from sklearn import datasets
from sklearn.externals import joblib  # fails here

clf = svm.SVC(gamma="scale")
iris = datasets.load_iris()
X, y = iris.data, iris.target
clf.fit(X, y)
os.chdir(tempfile.mkdtemp())
joblib.dump(clf, "model.pkl")
result = joblib.load("model.pkl").predict(X[::15])
