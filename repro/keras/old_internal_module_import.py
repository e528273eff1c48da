# errfix-repro: expects=tensorflow/keras-internal-module-removed
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.15.1
"""Code written for Keras <= 2.12 importing Keras internals (keras.engine.topology)."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
from keras.engine.topology import Layer  # noqa: E402,F401
