# errfix-repro: expects=tensorflow/keras-model-not-built
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: count_params() of a subclassed model that was never called or built."""
import keras


class Net(keras.Model):
    def __init__(self):
        super().__init__()
        self.dense = keras.layers.Dense(2)

    def call(self, x):
        return self.dense(x)


print(Net().count_params())
