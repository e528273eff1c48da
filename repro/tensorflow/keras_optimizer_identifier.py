# errfix-repro: expects=tensorflow/keras-could-not-interpret-optimizer-identifier
# errfix-repro: requires=keras,tf_keras
# errfix-repro: env=KERAS_BACKEND=tensorflow
"""A tf-keras (Keras 2) optimizer object passed to a Keras 3 model's compile()."""
import keras
import tf_keras

model = keras.Sequential([keras.Input((3,)), keras.layers.Dense(1)])
model.compile(optimizer=tf_keras.optimizers.Adam(1e-3), loss="mse")
