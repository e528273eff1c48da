# errfix-repro: expects=sklearn/tree-node-incompatible-dtype
# errfix-repro: requires=sklearn,numpy
"""Loading a tree pickled before scikit-learn 1.3 (its node array lacks missing_go_to_left)."""

import numpy as np
from sklearn.tree import DecisionTreeClassifier

clf = DecisionTreeClassifier(max_depth=2).fit(np.array([[0.0], [1.0], [2.0], [3.0]]), [0, 0, 1, 1])
state = clf.tree_.__getstate__()
old_fields = [name for name in state["nodes"].dtype.names if name != "missing_go_to_left"]
state["nodes"] = np.array(
    [tuple(row[name] for name in old_fields) for row in state["nodes"]],
    dtype=[(name, state["nodes"].dtype[name]) for name in old_fields],
)  # the node layout scikit-learn < 1.3 wrote
clf.tree_.__setstate__(state)
