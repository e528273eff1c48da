# errfix-repro: expects=tensorflow/keras3-legacy-api-removed
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3: ImageDataGenerator and the other keras.preprocessing helpers were removed."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
from keras.preprocessing.image import ImageDataGenerator  # noqa: E402,F401
