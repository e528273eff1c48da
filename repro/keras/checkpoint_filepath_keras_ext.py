# errfix-repro: expects=tensorflow/keras3-modelcheckpoint-filepath
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3: a ModelCheckpoint callback written for tf.keras (no extension / a SavedModel-style path)."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
import keras

keras.callbacks.ModelCheckpoint("checkpoints/best_model", monitor="val_loss", save_best_only=True)
