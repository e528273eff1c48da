# errfix-repro: expects=sklearn/load-boston-removed
# errfix-repro: requires=sklearn
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""from sklearn.datasets import load_boston (removed in 1.2)."""

from sklearn.datasets import load_boston  # noqa: F401
