# errfix-repro: expects=sklearn/onehot-unknown-categories
# errfix-repro: requires=sklearn
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""OneHotEncoder.transform meets a category not seen in fit."""

from sklearn.preprocessing import OneHotEncoder

enc = OneHotEncoder().fit([["red"], ["green"]])
enc.transform([["blue"]])
