# errfix-repro: expects=tensorflow/keras-loss-target-output-shape-mismatch
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Keras 3: 3-unit sigmoid output trained with binary_crossentropy on labels of shape (n, 1)."""
import keras
import numpy as np

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="sigmoid")])
model.compile(optimizer="adam", loss="binary_crossentropy")
model.fit(np.zeros((8, 4)), np.zeros((8, 1)), epochs=1, verbose=0)
