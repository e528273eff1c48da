# errfix-repro: expects=tensorflow/keras3-legacy-api-removed
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3: keras.preprocessing.text (Tokenizer) was removed."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
from keras.preprocessing.text import Tokenizer  # noqa: E402,F401
