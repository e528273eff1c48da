# errfix-repro: expects=tensorflow/keras3-modelcheckpoint-filepath
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3: save_weights_only=True with a TF-checkpoint style path (the TF tutorials' ckpt_{epoch})."""

import os

os.environ.setdefault("KERAS_BACKEND", "numpy")
import keras

keras.callbacks.ModelCheckpoint("training_checkpoints/ckpt_{epoch}", save_weights_only=True)
