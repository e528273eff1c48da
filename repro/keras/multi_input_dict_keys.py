# errfix-repro: expects=tensorflow/keras-model-input-count-mismatch
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow

"""A dict-input model fed a dict whose keys do not match the Input names."""

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
model = keras.Model({"a": a, "b": b}, out)
model.compile(optimizer="adam", loss="mse")
model.fit({"a": np.zeros((4, 3)), "features": np.zeros((4, 2))}, np.zeros((4, 1)), verbose=0)
