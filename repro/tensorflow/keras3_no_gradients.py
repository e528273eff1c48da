# errfix-repro: expects=tensorflow/tf-no-gradients-provided
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
"""Keras 3: a custom loss built from argmax, which has no gradient."""
import keras
import numpy as np


def accuracy_loss(y_true, y_pred):
    hits = keras.ops.equal(keras.ops.argmax(y_pred, -1), keras.ops.argmax(y_true, -1))
    return 1.0 - keras.ops.mean(keras.ops.cast(hits, "float32"))


model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss=accuracy_loss)
model.fit(np.zeros((8, 4)), np.eye(3)[np.arange(8) % 3], epochs=1, verbose=0)
