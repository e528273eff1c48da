# errfix-repro: expects=tensorflow/keras-invalid-save-filepath
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: model.save() to a path without an extension (a Keras 2 SavedModel habit)."""
import os

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])
model.save("my_model")
