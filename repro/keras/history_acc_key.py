# errfix-repro: expects=tensorflow/keras-history-acc-key-renamed
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Plotting code written for Keras <= 2.2 reads history['acc'] (TF 2 / Keras 2.3+ name it 'accuracy')."""

import os

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
import numpy as np

try:
    import keras

    keras.layers  # noqa: B018
except (ImportError, AttributeError):  # TF 1.x with no standalone keras: the bundled tf.keras
    from tensorflow import keras

model = keras.Sequential([keras.layers.Dense(3, activation="softmax", input_shape=(3,))])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
history = model.fit(np.zeros((4, 3)), np.array([0, 1, 2, 1]), verbose=0)
print(history.history["acc"])
