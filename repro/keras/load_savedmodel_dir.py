# errfix-repro: expects=tensorflow/keras-invalid-save-filepath
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: load_model() on a TF SavedModel directory (what Keras 2 model.save('my_model') wrote)."""
import os

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras

os.makedirs("my_model/variables", exist_ok=True)
with open("my_model/saved_model.pb", "wb") as handle:
    handle.write(b"")  # the directory layout Keras 2 wrote; its content does not matter here
keras.models.load_model("my_model")
