# errfix-repro: expects=tensorflow/keras-save-unbuilt-subclassed-model
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3: save_weights() of a subclassed model that was never called or built."""
import keras


class Regressor(keras.Model):
    def __init__(self):
        super().__init__()
        self.out = keras.layers.Dense(1)

    def call(self, x):
        return self.out(x)


Regressor().save_weights("regressor.weights.h5")
