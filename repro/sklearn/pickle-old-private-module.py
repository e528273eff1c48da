# errfix-repro: expects=sklearn/pickle-old-private-module
# errfix-repro: requires=sklearn
"""Unpickling a model saved by scikit-learn < 0.22 (it references sklearn.ensemble.forest)."""

import pickle

import sklearn  # noqa: F401

# The global record a RandomForestClassifier pickled by scikit-learn 0.21 starts with.
old_pickle = b"\x80\x03csklearn.ensemble.forest\nRandomForestClassifier\nq\x00)\x81q\x01."
pickle.loads(old_pickle)
