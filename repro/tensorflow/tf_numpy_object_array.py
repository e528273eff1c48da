# errfix-repro: expects=tensorflow/tf-numpy-object-array-to-tensor
# errfix-repro: requires=tf_keras
"""tf-keras: fit() on a NumPy array of dtype=object (mixed strings/numbers, like a pandas object column)."""
import numpy as np
import tf_keras as keras

rows = np.array([[1.0, 2.0, "3.5", 4.0]] * 8, dtype=object)
model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(rows, np.zeros((8, 1)), epochs=1, verbose=0)
