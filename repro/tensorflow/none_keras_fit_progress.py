# errfix-repro: expects=none
# errfix-repro: requires=keras,tensorflow,numpy
# errfix-repro: env=KERAS_BACKEND=tensorflow
"""Keras 3: summary(), a short fit() with progress bars, metrics and validation, evaluate() and predict()."""
import keras
import numpy as np

rng = np.random.default_rng(0)
x = rng.normal(size=(64, 4)).astype("float32")
y = x @ np.array([[1.0], [-2.0], [0.5], [0.0]], dtype="float32")
model = keras.Sequential([keras.Input((4,)), keras.layers.Dense(8, activation="relu"), keras.layers.Dense(1)])
model.compile(optimizer="adam", loss="mse", metrics=["mean_squared_error", "mae"])
model.summary()
model.fit(x, y, epochs=2, batch_size=16, validation_split=0.25, verbose=1)
model.fit(x, y, epochs=1, batch_size=16, verbose=2)
print(model.evaluate(x, y, verbose=1))
print(model.predict(x[:4], verbose=1).shape)
