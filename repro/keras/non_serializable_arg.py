# errfix-repro: expects=tensorflow/keras-model-save-custom-layer
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: saving a model whose custom layer got a lambda and has no get_config."""
import os

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation_fn, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation_fn = activation_fn

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

    def call(self, x):
        return self.activation_fn(keras.ops.matmul(x, self.w))


model = keras.Sequential([keras.Input((4,)), MyDense(3, activation_fn=lambda t: t * 2.0)])
model.save("m.keras")
