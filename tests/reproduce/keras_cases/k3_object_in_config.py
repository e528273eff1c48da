"""Keras 3: get_config returns a plain Python object (a callable scaler) that Keras cannot
serialize (fails at model.save)."""

import os
import sys

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras
import numpy as np


class Scaler:
    """Multiplies by a constant."""

    def __init__(self, factor):
        self.factor = factor

    def __call__(self, t):
        return t * self.factor


class MyDense(keras.layers.Layer):
    def __init__(self, units, scaler, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.scaler = scaler

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform")

    def call(self, x):
        return self.scaler(keras.ops.matmul(x, self.w))

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units, "scaler": self.scaler})
        return config


CUSTOM = {"MyDense": MyDense}
x = np.linspace(-1.0, 1.0, 8, dtype="float32").reshape(2, 4)
if sys.argv[1:] == ["load"]:
    model = keras.models.load_model("model.keras", custom_objects=CUSTOM)
    np.testing.assert_allclose(model.predict(x, verbose=0), np.load("reference.npy"), rtol=1e-5)
    print("ROUND TRIP OK")
else:
    keras.utils.set_random_seed(6)
    double = Scaler(2.0)
    model = keras.Sequential([keras.Input((4,)), MyDense(3, scaler=double)])
    np.save("reference.npy", model.predict(x, verbose=0))
    model.save("model.keras")
    keras.models.load_model("model.keras", custom_objects=CUSTOM)
