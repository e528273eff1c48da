# errfix-repro: expects=tensorflow/keras-optimizer-attribute-removed
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.15.1
"""A custom training wrapper written for the Keras 2.x (<= 2.10) optimizer API calling get_updates."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
import keras

optimizer = keras.optimizers.Adam(learning_rate=1e-3)
weights = [keras.Variable([1.0, 2.0])] if hasattr(keras, "Variable") else []
optimizer.get_updates(loss=None, params=weights)
