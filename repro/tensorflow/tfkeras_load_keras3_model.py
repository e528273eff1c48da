# errfix-repro: expects=tensorflow/keras2-load-keras3-model
# errfix-repro: requires=keras,tf_keras
# errfix-repro: env=KERAS_BACKEND=tensorflow
"""A model saved by Keras 3 loaded with tf-keras (Keras 2 API, as TF <= 2.15 or TF_USE_LEGACY_KERAS=1)."""
import keras
import tf_keras

new = keras.Sequential([keras.Input((4,)), keras.layers.Dense(2)])
new.save("keras3_model.h5")
tf_keras.models.load_model("keras3_model.h5")
