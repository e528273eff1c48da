# errfix-repro: expects=tensorflow/keras-get-config-missing-init-arg
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: get_config leaves out a required __init__ argument; loading cannot rebuild the layer."""
import os

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation="relu", **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

    def call(self, x):
        return self.activation(keras.ops.matmul(x, self.w))

    def get_config(self):
        config = super().get_config()
        config.update({"activation": keras.activations.serialize(self.activation)})
        return config


model = keras.Sequential([keras.Input((4,)), MyDense(3)])
model.save("m.keras")
keras.models.load_model("m.keras", custom_objects={"MyDense": MyDense})
