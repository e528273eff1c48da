# errfix-repro: expects=tensorflow/keras-input-incompatible-with-layer
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: a model with Input((28, 28, 1)) called on one 28x28 image without batch and channel axes."""
import keras
import numpy as np

model = keras.Sequential([keras.Input((28, 28, 1)), keras.layers.Flatten(), keras.layers.Dense(10)])
model(np.zeros((28, 28), dtype="float32"))  # one grayscale image: no batch, no channel axis
