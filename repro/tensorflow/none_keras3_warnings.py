# errfix-repro: expects=none
# errfix-repro: requires=keras,numpy
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3: input_shape-on-layer, ignored `decay` and legacy-HDF5 warnings; everything succeeds."""
import keras
import numpy as np

model = keras.Sequential([keras.layers.Dense(2, input_shape=(3,)), keras.layers.Dense(1)])
optimizer = keras.optimizers.SGD(learning_rate=0.01, decay=1e-6)
model.compile(optimizer=optimizer, loss="mean_squared_error")
model.save("legacy.h5")
print(keras.models.load_model("legacy.h5").predict(np.zeros((1, 3)), verbose=0).shape)
