# errfix-repro: expects=sklearn/unpickled-missing-attribute
# errfix-repro: requires=sklearn
"""A tree unpickled from a version without monotonic_cst (attribute added in 1.4)."""

from sklearn.tree import DecisionTreeClassifier

clf = DecisionTreeClassifier(max_depth=1).fit([[0.0], [1.0]], [0, 1])
state = clf.__getstate__()
del state["monotonic_cst"]  # the state a pickle from scikit-learn < 1.4 carries
old = DecisionTreeClassifier.__new__(DecisionTreeClassifier)
old.__setstate__(state)
print(old)
