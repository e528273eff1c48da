# errfix-repro: expects=sklearn/sklearn-tags-missing
# errfix-repro: requires=sklearn,numpy
"""A third-party estimator written for scikit-learn < 1.6 (mixins without BaseEstimator)."""

from sklearn.base import ClassifierMixin, is_classifier


class LegacyBoostClassifier(ClassifierMixin):  # like xgboost < 2.1.4 / old plug-ins
    def fit(self, X, y):
        return self


is_classifier(LegacyBoostClassifier())
