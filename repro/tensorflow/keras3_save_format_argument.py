# errfix-repro: expects=tensorflow/keras3-save-format-argument-removed
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: model.save(..., save_format='tf') as written for TF 2.x / Keras 2."""
import keras

model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(1)])
model.save("saved_model_dir", save_format="tf")
