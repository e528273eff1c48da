# errfix-repro: expects=sklearn/externals-joblib-removed
# errfix-repro: requires=sklearn,joblib
# errfix-repro: matrix=py3.8 scikit-learn==0.24.2 pandas==1.3.5 numpy<1.24
# errfix-repro: matrix=py3.10 scikit-learn==1.3.2 pandas==2.0.3 numpy==1.26.4
"""scikit-learn < 0.21 code importing helpers from sklearn.externals.joblib (removed in 0.23).

The migration-fix test applies `sklearn-externals-joblib` through the language server and runs
this file again: it must then print the `fixed:` line.
"""
from sklearn.externals.joblib import Parallel, delayed


def square(x):
    return x * x


print("fixed:", Parallel(n_jobs=1)(delayed(square)(i) for i in range(4)))
