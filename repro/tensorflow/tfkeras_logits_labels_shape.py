# errfix-repro: expects=tensorflow/keras-loss-target-output-shape-mismatch
# errfix-repro: requires=tf_keras
"""tf-keras: 3-unit sigmoid output trained with binary_crossentropy on labels of shape (n, 1)."""
import numpy as np
import tf_keras as keras

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(np.zeros((8, 4)), np.zeros((8, 1)), epochs=1, verbose=0)
