# errfix-repro: expects=tensorflow/keras-unknown-loss-metric-identifier
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: a misspelled loss name in compile()."""
import keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(2, activation="softmax")])
model.compile(optimizer="adam", loss="sparse_categorial_crossentropy")
model.compute_loss(x=None, y=keras.ops.zeros((1,)), y_pred=keras.ops.zeros((1, 2)))
