# errfix-repro: expects=tensorflow/keras-load-weights-layer-count-mismatch
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: legacy .h5 weights of a 1-Dense model loaded into a 2-Dense model."""
import keras

small = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3)])
small.save("small.h5")
bigger = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3), keras.layers.Dense(3)])
bigger.load_weights("small.h5")
