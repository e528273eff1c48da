# errfix-repro: expects=tensorflow/keras3-legacy-api-removed
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.15.1
"""keras.utils.np_utils (to_categorical's old home) is gone in Keras 2.12+ and Keras 3."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
from keras.utils import np_utils  # noqa: E402,F401
