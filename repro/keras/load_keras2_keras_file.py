# errfix-repro: expects=tensorflow/keras3-load-keras2-keras-file
# errfix-repro: requires=keras,jax,scipy
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3 loading a .keras file written by Keras 2.13-2.15 (TF 2.13-2.15): its config names the
Keras 2 module paths (keras.src.engine.functional), which Keras 3 does not have. The file is made
here by writing the module paths Keras 2.15 writes into a Keras 3 archive."""

import json
import os
import zipfile

os.environ.setdefault("KERAS_BACKEND", "numpy")
import keras

inputs = keras.Input((4,))
model = keras.Model(inputs, keras.layers.Dense(2)(inputs))
model.save("new.keras")
with zipfile.ZipFile("new.keras") as src, zipfile.ZipFile("old.keras", "w") as dst:
    for item in src.infolist():
        data = src.read(item.filename)
        if item.filename == "config.json":
            config = json.loads(data)
            config["module"] = "keras.src.engine.functional"
            data = json.dumps(config).encode()
        if item.filename == "metadata.json":
            data = json.dumps({"keras_version": "2.15.0", "date_saved": "2024-01-10@12:00:00"}).encode()
        dst.writestr(item, data)
keras.models.load_model("old.keras")
