# errfix-repro: expects=tensorflow/keras3-optimizers-legacy-unsupported
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: tf.keras.optimizers.legacy.Adam as recommended for TF 2.11-2.15 (e.g. on Apple M1)."""
import keras

optimizer = keras.optimizers.legacy.Adam(learning_rate=1e-3)
