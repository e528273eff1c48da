# errfix-repro: expects=tensorflow/keras-data-cardinality-ambiguous
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Keras 3: fit() with 10 samples of x and 8 of y."""
import keras
import numpy as np

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(np.zeros((10, 4)), np.zeros((8, 1)), epochs=1, verbose=0)
