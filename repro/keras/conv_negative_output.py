# errfix-repro: expects=tensorflow/keras-conv-output-size-negative
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""A Conv2D kernel larger than its (already pooled-down) input."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

inputs = keras.Input(shape=(2, 2, 1))
keras.layers.Conv2D(8, (3, 3))(inputs)
