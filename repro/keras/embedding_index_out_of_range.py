# errfix-repro: expects=tensorflow/tf-gather-index-out-of-range
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""An Embedding whose input_dim is smaller than the largest token id (vocab size + 1 forgotten)."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import numpy as np

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

model = keras.Sequential([keras.layers.Embedding(input_dim=10, output_dim=4)])
model.predict(np.array([[1, 2, 10]]), verbose=0)
