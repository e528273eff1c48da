# errfix-repro: expects=tensorflow/keras-input-incompatible-with-layer
# errfix-repro: requires=tf_keras
"""tf-keras: a Conv2D model fed a single 2-D image (no batch and channel axes)."""
import numpy as np
import tf_keras as keras

model = keras.Sequential([keras.layers.Conv2D(2, 3), keras.layers.Flatten(), keras.layers.Dense(1)])
image = np.zeros((28, 28), dtype="float32")
model.predict(image, verbose=0)
