# errfix-repro: expects=tensorflow/keras-model-removed-method
# errfix-repro: requires=tf_keras
"""tf-keras: Sequential.predict_classes (removed in TF 2.6)."""
import numpy as np
import tf_keras as keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(4, activation="softmax")])
classes = model.predict_classes(np.zeros((2, 3)))
