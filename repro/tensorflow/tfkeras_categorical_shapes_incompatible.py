# errfix-repro: expects=tensorflow/keras-crossentropy-shapes-incompatible
# errfix-repro: requires=tf_keras
"""tf-keras: integer class labels with categorical_crossentropy (expects one-hot)."""
import numpy as np
import tf_keras as keras

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(3, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
labels = np.array([0, 1, 2, 1, 0, 2, 1, 0])
model.fit(np.zeros((8, 4)), labels, epochs=1, verbose=0)
