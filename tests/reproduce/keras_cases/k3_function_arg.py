"""Keras 3: a custom layer that takes a function, without get_config (fails at model.save)."""

import os
import sys

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras
import numpy as np


def double(t):
    return t * 2.0


class ScaledDense(keras.layers.Layer):
    """Dense layer followed by a user-chosen function."""

    def __init__(self, units, activation_fn, use_bias=True, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation_fn = activation_fn
        self._use_bias = use_bias

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform")
        if self._use_bias:
            self.b = self.add_weight(shape=(self.units,), initializer="random_normal")

    def call(self, x):
        y = keras.ops.matmul(x, self.w)
        if self._use_bias:
            y = y + self.b
        return self.activation_fn(y)


CUSTOM = {"ScaledDense": ScaledDense, "double": double}
x = np.linspace(-1.0, 1.0, 8, dtype="float32").reshape(2, 4)
if sys.argv[1:] == ["load"]:
    model = keras.models.load_model("model.keras", custom_objects=CUSTOM)
    np.testing.assert_allclose(model.predict(x, verbose=0), np.load("reference.npy"), rtol=1e-5)
    print("ROUND TRIP OK")
else:
    keras.utils.set_random_seed(1)
    model = keras.Sequential([keras.Input((4,)), ScaledDense(3, activation_fn=double)])
    np.save("reference.npy", model.predict(x, verbose=0))
    model.save("model.keras")
    keras.models.load_model("model.keras", custom_objects=CUSTOM)
