# errfix-repro: expects=sklearn/roc-auc-multiclass
# errfix-repro: requires=sklearn
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""roc_auc_score with multiclass labels and 1-D scores."""

from sklearn.metrics import roc_auc_score

roc_auc_score([0, 1, 2, 1], [0.1, 0.4, 0.9, 0.6])
