# errfix-repro: expects=tensorflow/keras-model-save-custom-layer
# errfix-repro: requires=tensorflow,keras
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.15.1
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.8 tensorflow-cpu==2.4.4 numpy<1.20 protobuf<3.21
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""tf.keras of every TensorFlow (1.15 ... 2.21, which is Keras 3): model.save to HDF5 of a model whose
custom layer takes a function in __init__ and has no get_config. Each version words it differently."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
from tensorflow import keras


def scaled(t):
    return t * 2.0


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation_fn, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation_fn = activation_fn

    def build(self, input_shape):
        self.w = self.add_weight(name="w", shape=(int(input_shape[-1]), self.units), initializer="ones")
        super().build(input_shape)

    def call(self, x):
        return self.activation_fn(keras.backend.dot(x, self.w))


model = keras.Sequential([MyDense(3, activation_fn=scaled, input_shape=(4,))])
model.save("m.h5")
