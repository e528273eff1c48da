# errfix-repro: expects=sklearn/metrics-mix-of-targets
# errfix-repro: requires=sklearn
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 numpy<1.24
"""accuracy_score on probabilities instead of labels."""

from sklearn.metrics import accuracy_score

accuracy_score([0, 1, 1], [0.2, 0.7, 0.9])
