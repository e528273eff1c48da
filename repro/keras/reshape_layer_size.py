# errfix-repro: expects=tensorflow/tf-reshape-size-mismatch
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""A Reshape target whose element count differs from the input's."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

inputs = keras.Input(shape=(3, 4))
keras.layers.Reshape((5, 2))(inputs)
