# errfix-repro: expects=sklearn/multiclass-average-binary
# errfix-repro: requires=sklearn
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""f1_score on multiclass labels with the default average='binary'."""

from sklearn.metrics import f1_score

f1_score([0, 1, 2, 2], [0, 2, 1, 2])
