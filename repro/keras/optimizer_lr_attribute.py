# errfix-repro: expects=tensorflow/keras-optimizer-attribute-removed
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3: reading optimizer.lr (a callback or LR finder written for Keras 2)."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
import keras

optimizer = keras.optimizers.Adam(learning_rate=1e-3)
print(float(optimizer.lr))
