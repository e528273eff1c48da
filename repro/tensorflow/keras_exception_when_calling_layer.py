# errfix-repro: expects=tensorflow/keras-exception-encountered-when-calling-layer
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: a custom layer's call() fails; Keras wraps it as 'Exception encountered when calling'."""
import keras
import numpy as np


class Scale(keras.layers.Layer):
    def __init__(self, factors, **kwargs):
        super().__init__(**kwargs)
        self.factors = factors

    def call(self, x):
        return x * self.factors["gain"]  # factors was given as a list


layer = Scale([0.5, 2.0])
layer(np.ones((2, 3), dtype="float32"))
