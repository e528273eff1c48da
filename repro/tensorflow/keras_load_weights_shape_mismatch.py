# errfix-repro: expects=tensorflow/keras-load-weights-shape-mismatch
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
"""Keras 3: weights saved from Dense(3) loaded (legacy .h5) into a model built with Dense(5)."""
import keras


def build(units):
    return keras.Sequential([keras.Input((4,)), keras.layers.Dense(units, name="head")])


build(3).save("model.h5")
build(5).load_weights("model.h5")
