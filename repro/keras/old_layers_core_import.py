# errfix-repro: expects=tensorflow/keras-internal-module-removed
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
"""Code written for Keras 2 importing layers from their old module (keras.layers.core)."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
from keras.layers.core import Dense, Dropout  # noqa: E402,F401
