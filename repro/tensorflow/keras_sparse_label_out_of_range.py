# errfix-repro: expects=tensorflow/keras-sparse-label-out-of-range
# errfix-repro: requires=keras,tensorflow
# errfix-repro: env=KERAS_BACKEND=tensorflow
# errfix-repro: matrix=py3.10 tensorflow-cpu==2.10.1 numpy<1.24
"""Keras 3 (TF backend): labels 1..10 with a 10-unit softmax and sparse_categorical_crossentropy."""
import keras
import numpy as np

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
labels = np.arange(1, 11)  # classes numbered from 1, so 10 is out of range
model.fit(np.zeros((10, 4)), labels, epochs=1, verbose=0)
