# errfix-repro: expects=sklearn/normalize-removed
# errfix-repro: requires=sklearn
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 numpy==1.26.4
"""LinearRegression(normalize=True), removed in scikit-learn 1.2."""

from sklearn.linear_model import LinearRegression

LinearRegression(normalize=True)
