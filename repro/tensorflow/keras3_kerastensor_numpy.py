# errfix-repro: expects=tensorflow/tf-symbolic-tensor-to-numpy
# errfix-repro: requires=keras,numpy
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: a NumPy function applied to a symbolic KerasTensor while building a model."""
import keras
import numpy as np

inputs = keras.Input((4,))
scaled = np.log1p(inputs)
