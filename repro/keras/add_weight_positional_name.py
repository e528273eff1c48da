# errfix-repro: expects=tensorflow/keras-add-weight-positional-args
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: a custom layer passing the weight name positionally (add_weight's first parameter: shape)."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
import keras


class Scale(keras.layers.Layer):
    def build(self, input_shape):
        self.kernel = self.add_weight("kernel", shape=(input_shape[-1],), initializer="ones")

    def call(self, x):
        return x * self.kernel


Scale()(keras.ops.ones((2, 3)))
