# errfix-repro: expects=tensorflow/keras-model-removed-method
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: model.fit_generator (removed; fit() accepts generators)."""
import keras
import numpy as np


def batches():
    while True:
        yield np.zeros((4, 3)), np.zeros((4, 1))


model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit_generator(batches(), steps_per_epoch=2, epochs=1)
