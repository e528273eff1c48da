"""tf.keras with TF_USE_LEGACY_KERAS=1 (Keras 2 API via tf_keras): a custom layer loaded without
registration or custom_objects (fails at load: Cannot deserialize object of type)."""

import sys

import numpy as np
import tensorflow as tf


class MyDense(tf.keras.layers.Layer):
    def __init__(self, units, **kwargs):
        super().__init__(**kwargs)
        self.units = units

    def build(self, input_shape):
        self.w = self.add_weight(name="w", shape=(input_shape[-1], self.units), initializer="glorot_uniform")

    def call(self, x):
        return tf.matmul(x, self.w)

    def get_config(self):
        config = super().get_config()
        config.update({"units": self.units})
        return config


def load():
    return tf.keras.models.load_model("model.keras")


x = np.linspace(-1.0, 1.0, 8, dtype="float32").reshape(2, 4)
if sys.argv[1:] == ["load"]:
    model = load()
    np.testing.assert_allclose(model.predict(x, verbose=0), np.load("reference.npy"), rtol=1e-5)
    print("ROUND TRIP OK")
else:
    tf.keras.utils.set_random_seed(13)
    model = tf.keras.Sequential([tf.keras.Input((4,)), MyDense(3)])
    np.save("reference.npy", model.predict(x, verbose=0))
    model.save("model.keras")
    load()
