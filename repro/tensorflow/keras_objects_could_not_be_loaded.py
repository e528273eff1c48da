# errfix-repro: expects=tensorflow/keras-objects-could-not-be-loaded
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: a .weights.h5 file of a 1-Dense model loaded into a model with an extra Dense layer."""
import keras

small = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])
small.save_weights("small.weights.h5")
bigger = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3), keras.layers.Dense(3)])
bigger.load_weights("small.weights.h5")
