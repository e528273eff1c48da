# errfix-repro: expects=sklearn/base-estimator-renamed
# errfix-repro: requires=sklearn
"""BaggingClassifier(base_estimator=...), renamed estimator (removed in 1.4)."""

from sklearn.ensemble import BaggingClassifier
from sklearn.tree import DecisionTreeClassifier

BaggingClassifier(base_estimator=DecisionTreeClassifier(), n_estimators=10)
