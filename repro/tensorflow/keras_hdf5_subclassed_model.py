# errfix-repro: expects=tensorflow/keras-hdf5-subclassed-model
# errfix-repro: requires=tf_keras
"""A subclassed tf-keras Model saved to .h5: HDF5 needs a Functional/Sequential graph."""
import numpy as np
import tf_keras as keras


class TwoLayer(keras.Model):
    def __init__(self):
        super().__init__()
        self.hidden = keras.layers.Dense(4, activation="relu")
        self.out = keras.layers.Dense(1)

    def call(self, x):
        return self.out(self.hidden(x))


model = TwoLayer()
model(np.zeros((1, 3), dtype="float32"))
model.save("two_layer.h5")
