# errfix-repro: expects=tensorflow/keras-functional-graph-disconnected
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""Functional model whose output does not depend on the declared input."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

a = keras.Input(shape=(3,), name="a")
b = keras.Input(shape=(3,), name="b")
out = keras.layers.Dense(2)(b)
keras.Model(inputs=a, outputs=out)
