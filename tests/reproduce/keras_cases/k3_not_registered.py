"""Keras 3: a custom layer with a proper get_config, loaded without registration or
custom_objects (fails at load: Could not locate class)."""

import os
import sys

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras
import numpy as np


class MyDense(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform")

    def call(self, x):
        return keras.ops.matmul(x, self.w)

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units})
        return config


def load():
    return keras.models.load_model("model.keras")


x = np.linspace(-1.0, 1.0, 8, dtype="float32").reshape(2, 4)
if sys.argv[1:] == ["load"]:
    model = load()
    np.testing.assert_allclose(model.predict(x, verbose=0), np.load("reference.npy"), rtol=1e-5)
    print("ROUND TRIP OK")
else:
    keras.utils.set_random_seed(4)
    model = keras.Sequential([keras.Input((4,)), MyDense(3)])
    np.save("reference.npy", model.predict(x, verbose=0))
    model.save("model.keras")
    load()
