# errfix-repro: expects=sklearn/pickle-old-private-module
# errfix-repro: requires=sklearn
"""Unpickling a GradientBoosting model saved by scikit-learn < 1.4 (sklearn.ensemble._gb_losses)."""

import pickle

import sklearn  # noqa: F401

old_pickle = b"\x80\x04csklearn.ensemble._gb_losses\nBinomialDeviance\nq\x00)\x81q\x01."
pickle.loads(old_pickle)
