# errfix-repro: expects=sklearn/get-feature-names-removed
# errfix-repro: requires=sklearn
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""CountVectorizer.get_feature_names(), removed in 1.2."""

from sklearn.feature_extraction.text import CountVectorizer

vec = CountVectorizer().fit(["red apple", "green apple"])
vec.get_feature_names()
