# errfix-repro: expects=tensorflow/keras-model-save-custom-layer
# errfix-repro: requires=tf_keras
"""tf-keras (Keras 2 API): saving a model whose custom layer got a function and has no get_config."""
import tf_keras as keras


def scaled(t):
    return t * 2.0


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation_fn, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation_fn = activation_fn

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="ones")

    def call(self, x):
        return self.activation_fn(keras.backend.dot(x, self.w))


model = keras.Sequential([keras.Input((4,)), MyDense(3, activation_fn=scaled)])
model.save("m.keras")
