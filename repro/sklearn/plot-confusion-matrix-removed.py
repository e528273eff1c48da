# errfix-repro: expects=sklearn/plot-confusion-matrix-removed
# errfix-repro: requires=sklearn
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""from sklearn.metrics import plot_confusion_matrix (removed in 1.2)."""

from sklearn.metrics import plot_confusion_matrix  # noqa: F401
