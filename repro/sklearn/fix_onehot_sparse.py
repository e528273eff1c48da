# errfix-repro: expects=sklearn/onehotencoder-sparse-renamed
# errfix-repro: requires=sklearn
"""scikit-learn < 1.2 code passing OneHotEncoder(sparse=False) (renamed sparse_output, removed 1.4).

The migration-fix test applies `sklearn-onehot-sparse-output` through the language server and
runs this file again: it must then print the `fixed:` line.
"""
from sklearn.preprocessing import OneHotEncoder

encoder = OneHotEncoder(handle_unknown="ignore", sparse=False)
encoded = encoder.fit_transform([["cat"], ["dog"], ["cat"]])
print("fixed:", type(encoded).__name__, encoded.tolist())
