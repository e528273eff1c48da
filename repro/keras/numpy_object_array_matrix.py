# errfix-repro: expects=tensorflow/tf-numpy-object-array-to-tensor
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""A pandas column of Python objects (mixed float/str) passed to fit()."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import numpy as np

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

x = np.array([[1.0, 2.0, "3"], [4.0, 5.0, 6.0]], dtype=object)
model = keras.Sequential([keras.layers.Dense(1, input_shape=(3,))])
model.compile(optimizer="adam", loss="mse")
model.fit(x, np.zeros((2, 1)), verbose=0)
