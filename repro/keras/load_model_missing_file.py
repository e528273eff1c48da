# errfix-repro: expects=tensorflow/keras-load-model-file-not-found
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""load_model on a path that is not there (run from another working directory, or never saved)."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

keras.models.load_model(
    "models/best_model.keras" if keras.__version__.startswith("3") else "models/best_model.h5"
)
