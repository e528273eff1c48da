# errfix-repro: expects=sklearn/externals-joblib-removed
# errfix-repro: requires=sklearn,joblib
"""scikit-learn < 0.21 code importing helpers from sklearn.externals.joblib (removed in 0.23).

The migration-fix test applies `sklearn-externals-joblib` through the language server and runs
this file again: it must then print the `fixed:` line.
"""
from sklearn.externals.joblib import Parallel, delayed


def square(x):
    return x * x


print("fixed:", Parallel(n_jobs=1)(delayed(square)(i) for i in range(4)))
