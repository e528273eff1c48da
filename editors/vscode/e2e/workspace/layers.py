"""Custom layers of the demo model."""

import keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation_fn=None, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation_fn = activation_fn

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

    def call(self, x):
        y = keras.ops.matmul(x, self.w)
        return self.activation_fn(y) if self.activation_fn else y
