# errfix-repro: expects=tensorflow/keras-data-cardinality-ambiguous
# errfix-repro: requires=tf_keras
"""tf-keras: fit() with 10 samples of x and 8 of y."""
import numpy as np
import tf_keras as keras

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse")
model.fit(np.zeros((10, 4)), np.zeros((8, 1)), epochs=1, verbose=0)
