# errfix-repro: expects=tensorflow/keras-kerastensor-in-tf-function
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
"""Keras 3: a raw tf.* op applied to a symbolic Input while building a Functional model."""
import keras
import tensorflow as tf

inputs = keras.Input((16,))
hidden = keras.layers.Dense(8)(inputs)
normalized = tf.nn.l2_normalize(hidden, axis=-1)
model = keras.Model(inputs, normalized)
