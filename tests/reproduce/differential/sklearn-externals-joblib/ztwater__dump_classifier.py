# source: ztwater/AdaptEval/benchmark/2232/dataset_items/linked_posts/scaler_min_max_array/41993681_0.py (via the search tool)
import os
import tempfile

from sklearn.externals import joblib  # fails here
from sklearn.tree import DecisionTreeClassifier

clf = DecisionTreeClassifier(random_state=0).fit([[0, 0], [1, 1], [0, 1], [1, 0]], [0, 1, 1, 0])
path = os.path.join(tempfile.mkdtemp(), "my_dope_model.pkl")
joblib.dump(clf, path)
result = joblib.load(path).predict([[1, 1], [0, 1]])
