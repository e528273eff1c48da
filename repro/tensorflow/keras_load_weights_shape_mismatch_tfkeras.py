# errfix-repro: expects=tensorflow/keras-load-weights-shape-mismatch
# errfix-repro: requires=tf_keras
"""tf-keras: weights saved from Dense(3) loaded into a model built with Dense(5)."""
import tf_keras as keras


def build(units):
    return keras.Sequential([keras.Input((4,)), keras.layers.Dense(units, name="head")])


build(3).save_weights("weights.h5")
build(5).load_weights("weights.h5")
