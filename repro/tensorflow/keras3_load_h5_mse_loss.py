# errfix-repro: expects=tensorflow/keras3-load-h5-compiled-loss
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: a legacy .h5 model compiled with loss='mse' reloaded with the default compile=True."""
import keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer="sgd", loss="mse")
model.save("regressor.h5")
keras.models.load_model("regressor.h5")
