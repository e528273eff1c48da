"""A small training script with a classic mistake: a custom layer without get_config.

Run it to see the real Keras error, then `errfix explain` its output:

    python examples/keras_custom_layer.py 2>&1 | errfix explain
"""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")

import keras  # noqa: E402
import numpy as np  # noqa: E402


class ScaledDense(keras.layers.Layer):
    def __init__(self, units, scale_fn, **kwargs):
        super().__init__(**kwargs)
        self.units = units
        self.scale_fn = scale_fn

    def build(self, input_shape):
        self.w = self.add_weight(shape=(input_shape[-1], self.units), initializer="glorot_uniform")

    def call(self, inputs):
        return self.scale_fn(inputs @ self.w)


inputs = keras.Input(shape=(4,))
outputs = ScaledDense(2, scale_fn=lambda t: t * 0.5, name="scaled")(inputs)
model = keras.Model(inputs, outputs)
model.compile(optimizer="sgd", loss="mse", metrics=["mean_absolute_error"])
x = np.random.default_rng(0).normal(size=(64, 4)).astype("float32")
y = x[:, :2] * 0.25
model.fit(x, y, epochs=3, batch_size=16, verbose=1)
model.save("scaled_model.keras")
