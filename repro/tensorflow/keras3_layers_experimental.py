# errfix-repro: expects=tensorflow/keras-layers-experimental-preprocessing-removed
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: preprocessing layers through the old keras.layers.experimental.preprocessing path."""
import keras

rescale = keras.layers.experimental.preprocessing.Rescaling(1.0 / 255)
