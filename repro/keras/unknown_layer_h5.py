# errfix-repro: expects=tensorflow/keras-unknown-layer-not-registered
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: loading a legacy .h5 file whose custom layer is neither registered nor in custom_objects."""
import os

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

    def call(self, x):
        return keras.ops.matmul(x, self.w)

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units})
        return config


model = keras.Sequential([keras.Input((4,)), MyDense(3)])
model.save("m.h5")
keras.models.load_model("m.h5")
