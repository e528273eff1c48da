# errfix-repro: expects=tensorflow/keras-pickle-module-path-mismatch
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
"""Unpickling (pickle/joblib) an object pickled under Keras 2.13-2.15, whose classes live in
keras.src.engine.*, with Keras 3 installed. The pickle stream is the one Keras 2.15 writes for a
Sequential model's class reference."""

import os
import pickle

os.environ.setdefault("KERAS_BACKEND", "numpy")
import keras  # noqa: F401

stream = (
    b"\x80\x04\x95.\x00\x00\x00\x00\x00\x00\x00"
    b"\x8c\x1bkeras.src.engine.sequential\x94\x8c\nSequential\x94\x93\x94."
)
pickle.loads(stream)
