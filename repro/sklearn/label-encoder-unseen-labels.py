# errfix-repro: expects=sklearn/label-encoder-unseen-labels
# errfix-repro: requires=sklearn
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""LabelEncoder.transform meets a label not seen in fit."""

from sklearn.preprocessing import LabelEncoder

enc = LabelEncoder().fit(["cat", "dog"])
enc.transform(["cat", "fox"])
