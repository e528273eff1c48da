"""Keras 3: Keras 2 habit of saving to a directory name (fails at model.save)."""

import os
import sys

os.environ.setdefault("KERAS_BACKEND", "numpy")

import keras
import numpy as np

EXPORT_DIR = os.path.join("exports", "my_model")

x = np.linspace(-1.0, 1.0, 8, dtype="float32").reshape(2, 4)
if sys.argv[1:] == ["load"]:
    model = keras.models.load_model(EXPORT_DIR)
    np.testing.assert_allclose(model.predict(x, verbose=0), np.load("reference.npy"), rtol=1e-5)
    print("ROUND TRIP OK")
else:
    keras.utils.set_random_seed(5)
    model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="relu")])
    np.save("reference.npy", model.predict(x, verbose=0))
    os.makedirs("exports", exist_ok=True)
    model.save(EXPORT_DIR)
    keras.models.load_model(EXPORT_DIR)
