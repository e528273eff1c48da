# errfix-repro: expects=tensorflow/tf-numpy-object-array-to-tensor
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Keras 3: fit() on a NumPy array of dtype=object."""
import keras
import numpy as np

rows = np.array([[1.0, 2.0, "3.5", 4.0]] * 8, dtype=object)
model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(rows, np.zeros((8, 1)), epochs=1, verbose=0)
