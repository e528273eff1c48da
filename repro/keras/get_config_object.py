# errfix-repro: expects=tensorflow/keras-get-config-not-json-serializable
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: get_config returns a plain Python object that Keras cannot serialize."""
import os

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras


class Scaler:
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
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

    def call(self, x):
        return self.scaler(keras.ops.matmul(x, self.w))

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units, "scaler": self.scaler})
        return config


model = keras.Sequential([keras.Input((4,)), MyDense(3, scaler=Scaler(2.0))])
model.save("m.keras")
