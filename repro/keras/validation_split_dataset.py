# errfix-repro: expects=tensorflow/keras-validation-split-dataset
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""fit(dataset, validation_split=...) with a tf.data.Dataset."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import numpy as np

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

import tensorflow as tf

model = keras.Sequential([keras.layers.Dense(1, input_shape=(3,))])
model.compile(optimizer="adam", loss="mse")
ds = tf.data.Dataset.from_tensor_slices((np.zeros((8, 3)), np.zeros((8, 1)))).batch(4)
model.fit(ds, validation_split=0.25, verbose=0)
