"""tf-keras (Keras 2 API): a custom layer that takes a function, without get_config
(fails at model.save)."""

import sys

import numpy as np
import tf_keras as keras


def double(t):
    return t * 2.0


class ScaledDense(keras.layers.Layer):
    def __init__(self, units, activation_fn, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.activation_fn = activation_fn

    def build(self, input_shape):
        self.w = self.add_weight(name="w", shape=(input_shape[-1], self.units), initializer="glorot_uniform")

    def call(self, x):
        return self.activation_fn(keras.backend.dot(x, self.w))


CUSTOM = {"ScaledDense": ScaledDense, "double": double}
x = np.linspace(-1.0, 1.0, 8, dtype="float32").reshape(2, 4)
if sys.argv[1:] == ["load"]:
    model = keras.models.load_model("model.keras", custom_objects=CUSTOM)
    np.testing.assert_allclose(model.predict(x, verbose=0), np.load("reference.npy"), rtol=1e-5)
    print("ROUND TRIP OK")
else:
    keras.utils.set_random_seed(11)
    model = keras.Sequential([keras.Input((4,)), ScaledDense(3, activation_fn=double)])
    np.save("reference.npy", model.predict(x, verbose=0))
    model.save("model.keras")
    keras.models.load_model("model.keras", custom_objects=CUSTOM)
