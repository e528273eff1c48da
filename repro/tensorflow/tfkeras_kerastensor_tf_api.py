# errfix-repro: expects=tensorflow/keras-kerastensor-in-tf-function
# errfix-repro: requires=tf_keras,numpy
"""tf-keras: a symbolic Keras input passed to a function that cannot dispatch on it (here np.sum)."""
import numpy as np
import tf_keras as keras

inputs = keras.Input((4,))
total = np.sum(inputs)
