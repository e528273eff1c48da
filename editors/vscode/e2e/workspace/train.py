"""Builds a tiny model with the custom layer and saves it."""

import os
import tempfile

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras  # noqa: E402
from layers import MyDense  # noqa: E402


def scaled(t):
    return t * 2.0


inputs = keras.Input(shape=(4,))
outputs = MyDense(3, activation_fn=scaled, name="my_dense")(inputs)
model = keras.Model(inputs, outputs)
model.save(os.path.join(tempfile.mkdtemp(), "model.keras"))
print("saved")
