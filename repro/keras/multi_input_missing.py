# errfix-repro: expects=tensorflow/keras-model-input-count-mismatch
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""A two-input model called with a single array."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import numpy as np

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

a = keras.Input(shape=(3,), name="a")
b = keras.Input(shape=(2,), name="b")
out = keras.layers.Dense(1)(keras.layers.Concatenate()([a, b]))
model = keras.Model([a, b], out)
model.predict([np.zeros((4, 3))], verbose=0)
