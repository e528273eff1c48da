# errfix-repro: expects=tensorflow/keras-backend-function-removed
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: Keras 2 code calling keras.backend.int_shape (removed from keras.backend)."""
import keras
from keras import backend as K

inputs = keras.Input((10, 4))
steps = K.int_shape(inputs)[1]
