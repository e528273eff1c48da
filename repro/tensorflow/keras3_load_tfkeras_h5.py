# errfix-repro: expects=tensorflow/keras3-unrecognized-layer-kwargs
# errfix-repro: requires=keras,tf_keras
# errfix-repro: env=KERAS_BACKEND=tensorflow
"""An LSTM model saved to .h5 by tf-keras (Keras 2) and loaded with Keras 3."""
import keras
import tf_keras

old = tf_keras.Sequential([tf_keras.Input((5, 4)), tf_keras.layers.LSTM(3), tf_keras.layers.Dense(1)])
old.save("lstm_keras2.h5")
keras.models.load_model("lstm_keras2.h5")
