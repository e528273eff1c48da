# errfix-repro: expects=tensorflow/keras-sparse-label-out-of-range
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
# errfix-repro: matrix=py3.7 tensorflow==1.15.5 numpy<1.19 protobuf<3.21
"""Labels 1..N (or N classes + 1) with sparse_categorical_crossentropy and an N-unit output."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import numpy as np

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

model = keras.Sequential([keras.layers.Dense(3, activation="softmax", input_shape=(4,))])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
model.fit(np.zeros((6, 4)), np.array([1, 2, 3, 1, 2, 3]), verbose=0)
