"""tf-keras (Keras 2 API): get_config is complete but __init__ does not accept **kwargs
(fails at load)."""

import sys

import numpy as np
import tf_keras as keras


class MyDense(keras.layers.Layer):
    def __init__(self, units, activation="relu"):
        super(MyDense, self).__init__()  # noqa: UP008 - old-style super, as in older code
        self.units = units
        self.activation = keras.activations.get(activation)

    def build(self, input_shape):
        self.w = self.add_weight(name="w", shape=(input_shape[-1], self.units), initializer="glorot_uniform")

    def call(self, x):
        return self.activation(keras.backend.dot(x, self.w))

    def get_config(self):
        config = super(MyDense, self).get_config()  # noqa: UP008
        config.update({"units": self.units, "activation": keras.activations.serialize(self.activation)})
        return config


CUSTOM = {"MyDense": MyDense}
x = np.linspace(-1.0, 1.0, 8, dtype="float32").reshape(2, 4)
if sys.argv[1:] == ["load"]:
    model = keras.models.load_model("model.keras", custom_objects=CUSTOM)
    np.testing.assert_allclose(model.predict(x, verbose=0), np.load("reference.npy"), rtol=1e-5)
    print("ROUND TRIP OK")
else:
    keras.utils.set_random_seed(12)
    model = keras.Sequential([keras.Input((4,)), MyDense(3, activation="tanh")])
    np.save("reference.npy", model.predict(x, verbose=0))
    model.save("model.keras")
    keras.models.load_model("model.keras", custom_objects=CUSTOM)
