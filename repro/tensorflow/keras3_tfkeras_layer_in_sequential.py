# errfix-repro: expects=tensorflow/keras3-tf-keras-layer-mixing
# errfix-repro: requires=keras,tf_keras
# errfix-repro: env=KERAS_BACKEND=tensorflow
"""A tf-keras (Keras 2) layer, e.g. from an old helper or tensorflow_hub, added to a Keras 3 Sequential."""
import keras
import tf_keras

model = keras.Sequential([keras.Input((4,)), tf_keras.layers.Dense(2)])
