# errfix-repro: expects=tensorflow/keras-load-weights-shape-mismatch
# errfix-repro: requires=keras
# errfix-repro: env=KERAS_BACKEND=numpy
# errfix-repro: matrix=keras==3.3.3 inherit
"""Keras 3: .weights.h5 from Dense(3) loaded into Dense(5) (reported as 'objects could not be loaded')."""
import keras


def build(units):
    return keras.Sequential([keras.Input((4,)), keras.layers.Dense(units, name="head")])


build(3).save_weights("model.weights.h5")
build(5).load_weights("model.weights.h5")
