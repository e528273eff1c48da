# errfix-repro: expects=tensorflow/keras-optimizer-removed-argument
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: optimizer created with the Keras 1/2 `lr` argument."""
import keras

optimizer = keras.optimizers.Adam(lr=1e-3)
