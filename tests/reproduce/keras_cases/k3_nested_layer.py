"""Keras 3: a block that wraps a layer passed in, and whose get_config leaves arguments out
(fails at load: the block cannot be rebuilt)."""

import os
import sys

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras
import numpy as np


class Residual(keras.layers.Layer):
    def __init__(self, inner, scale=0.5, *, gate=True, **kwargs):
        super().__init__(**kwargs)
        self.inner = inner
        self.gate_on = gate
        self.scale = scale

    def call(self, x):
        y = self.inner(x) * self.scale
        if self.gate_on:
            y = keras.ops.tanh(y)
        return x + y

    def get_config(self):
        config = super().get_config()
        config.update({"scale": self.scale})
        return config


CUSTOM = {"Residual": Residual}
x = np.linspace(-1.0, 1.0, 8, dtype="float32").reshape(2, 4)
if sys.argv[1:] == ["load"]:
    model = keras.models.load_model("model.keras", custom_objects=CUSTOM)
    np.testing.assert_allclose(model.predict(x, verbose=0), np.load("reference.npy"), rtol=1e-5)
    print("ROUND TRIP OK")
else:
    keras.utils.set_random_seed(2)
    block = Residual(keras.layers.Dense(4, activation="relu"), scale=0.25, gate=False)
    model = keras.Sequential([keras.Input((4,)), block])
    np.save("reference.npy", model.predict(x, verbose=0))
    model.save("model.keras")
    keras.models.load_model("model.keras", custom_objects=CUSTOM)
