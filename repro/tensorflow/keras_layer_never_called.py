# errfix-repro: expects=tensorflow/keras-layer-never-called
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: reading .output of a layer that was built standalone, never called on a symbolic input."""
import keras

encoder = keras.layers.Dense(8)
features = encoder.output
