# errfix-repro: expects=sklearn/private-utility-import-removed
# errfix-repro: requires=sklearn
"""A plug-in importing a helper scikit-learn removed (if_delegate_has_method, 1.3)."""

from sklearn.utils.metaestimators import if_delegate_has_method  # noqa: F401
