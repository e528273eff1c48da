# errfix-repro: expects=tensorflow/keras-input-incompatible-with-layer
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: a model declared for 8 features called on data with 3 features."""
import keras
import numpy as np

model = keras.Sequential([keras.Input((8,)), keras.layers.Dense(4), keras.layers.Dense(1)])
model(np.zeros((2, 3), dtype="float32"))
