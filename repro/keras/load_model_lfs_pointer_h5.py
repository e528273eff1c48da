# errfix-repro: expects=tensorflow/keras-h5-file-signature-not-found
# errfix-repro: requires=keras,tensorflow,h5py
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""A .h5 that is really a Git LFS pointer (repo cloned without git-lfs), loaded with load_model."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

with open("model.h5", "w") as f:
    f.write("version https://git-lfs.github.com/spec/v1\noid sha256:4d7a2146\nsize 94371840\n")
keras.models.load_model("model.h5")
